import { describe, expect, it } from "vitest";
import { planBulk } from "#app/components/bulk-change/bulk-plan.ts";
import { anIndex } from "../testing/index-builder.ts";
import { adminFixItems, grantMembersItems } from "./gap-fixes.ts";

const index = anIndex([
  ["lab", "me", { storage: {} }],
  ["ops", "ann", { messaging: {} }],
]);
const me = { id: "u-me", email: "me@x.test" };
const rooms = [
  { id: "r-lab", name: "lab" },
  { id: "r-ops", name: "ops" },
];

describe("the prepared fixes of the findings' gaps", () => {
  it("rooms without admin: admin for me, keeping my grant where I hold one, creating one where I do not", () => {
    const plan = planBulk(adminFixItems(index, rooms, me));
    expect(
      plan.items.map((i) => [i.cell.roomName, i.action, i.after?.admin !== null, i.after?.storage !== null]),
    ).toEqual([
      ["lab", "change", true, true],
      ["ops", "create", true, false],
    ]);
    expect(plan.needsConsent).toBe(true);
  });

  it("members without a grant: the user default in the chosen room, each a grant to create", () => {
    const plan = planBulk(grantMembersItems([{ id: "u-cid", email: "cid@x.test" }], { id: "r-lab", name: "lab" }));
    expect(plan.items.map((i) => [i.cell.userEmail, i.cell.roomName, i.action])).toEqual([
      ["cid@x.test", "lab", "create"],
    ]);
  });
});
