import { describe, expect, it } from "vitest";
import { toCompact } from "#api/scope/forms.ts";
import { anIndex } from "../testing/index-builder.ts";
import { findFindings, revokeTargets } from "./findings.ts";

// ann (member): admin in lab; bob (member): tunnels everywhere in lab and ops; gone (not a member
// any more): storage everywhere in ops; cy (member): no grant; "quiet" has no grant at all.
const index = anIndex([
  ["lab", "ann", { admin: {}, messaging: {} }],
  ["lab", "bob", { tunnels: {} }],
  ["ops", "bob", { tunnels: {}, messaging: {} }],
  ["ops", "gone", { storage: {} }],
]);
const members = ["ann", "bob", "cy"].map((n) => ({ id: `u-${n}`, email: `${n}@x.test` }));
const rooms = ["lab", "ops", "quiet"].map((n) => ({ id: `r-${n}`, name: n }));
const found = findFindings(index, members, rooms);
const pairs = (list: { roomName: string; userEmail: string }[]) => list.map((p) => [p.roomName, p.userEmail]);

describe("findFindings", () => {
  it("finds the grants of users who are not members, and revokes exactly those", () => {
    expect(pairs(found.orphans)).toEqual([["ops", "gone@x.test"]]);
    expect(revokeTargets(found.orphans)).toEqual([
      {
        cell: {
          roomId: "r-ops",
          roomName: "ops",
          userId: "u-gone",
          userEmail: "gone@x.test",
          scope: expect.anything(),
        },
        scope: null,
      },
    ]);
  });

  it("finds rooms where no grant carries admin, rooms with no grant included", () => {
    expect(found.roomsWithoutAdmin.map((r) => r.name)).toEqual(["ops", "quiet"]);
  });

  it("finds members holding no grant", () => {
    expect(found.membersWithoutGrant.map((m) => m.email)).toEqual(["cy@x.test"]);
  });

  it("groups linted grants by lint, each with its patched scope", () => {
    const byKey = Object.fromEntries(found.lints.map((l) => [l.key, l]));
    expect(pairs(byKey["every-tunnel-port"]?.pairs ?? [])).toEqual([
      ["lab", "bob@x.test"],
      ["ops", "bob@x.test"],
    ]);
    expect(byKey["every-tunnel-port"]?.targets.map((t) => t.scope && toCompact(t.scope))).toEqual([
      {},
      { messaging: {} },
    ]);
    expect(pairs(byKey["storage-everywhere"]?.pairs ?? [])).toEqual([["ops", "gone@x.test"]]);
    expect(byKey["shadowed-path"]?.pairs).toEqual([]);
  });
});
