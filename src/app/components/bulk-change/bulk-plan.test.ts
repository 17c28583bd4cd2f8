import { describe, expect, it } from "vitest";
import { parseScope } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { byRoom, desiredScopes, patchCells, planBulk } from "./bulk-plan.ts";
import type { AccessCell } from "./bulk-types.ts";
import { recordBulkChange, undoItems } from "./bulk-undo-store.ts";

const cell = (roomName: string, userEmail: string, scope: ApiScope | null): AccessCell => ({
  roomId: `id-${roomName}`,
  roomName,
  userId: `u-${userEmail}`,
  userEmail,
  scope,
});

describe("planning a bulk change", () => {
  it("sorts cells into created, changed, deleted and unchanged, and names who gains or loses sensitive access", () => {
    const cells = [
      cell("ops", "a@x", null),
      cell("ops", "b@x", presets.userDefault()),
      cell("ops", "c@x", presets.full()),
      cell("dev", "d@x", presets.full()),
    ];
    const plan = planBulk(patchCells(cells, { kind: "replace", scope: presets.full() }));
    expect(plan.items.map((i) => [i.cell.userEmail, i.action])).toEqual([
      ["a@x", "create"],
      ["b@x", "change"],
    ]);
    expect(plan.unchanged).toBe(2);
    expect(plan.items[1]?.gains).toEqual(["admin", "tunnels"]);
    expect(plan.needsConsent).toBe(true);

    const revoke = planBulk(patchCells(cells, { kind: "replace", scope: null }));
    expect(revoke.items.map((i) => i.action)).toEqual(["delete", "delete", "delete"]);
    expect(revoke.items[1]?.losses).toEqual(["admin", "secrets", "tunnels", "storage"]);
    expect(revoke.needsConsent).toBe(false);
  });

  it("a read-only path patch needs no consent and keeps each grant's other fields", () => {
    const own = parseScope({ queues: { send: ["jobs"] }, storage: { paths: [{ path: "/home" }] } });
    const plan = planBulk(
      patchCells([cell("ops", "a@x", own)], { kind: "add-path", grant: "storage", path: "/shared", readOnly: true }),
    );
    expect(plan.needsConsent).toBe(false);
    expect(plan.items[0]?.after).toEqual({
      ...own,
      storage: {
        paths: [
          { path: "/home", read_only: false },
          { path: "/shared", read_only: true },
        ],
      },
    });
    expect(plan.items[0]?.words).toEqual(["storage: /shared became readable"]);
  });

  it("undo puts back exactly what each written cell held, starting from what the change wrote", () => {
    const before = parseScope({ tunnels: { ports: ["8080"] } });
    const written = { cell: cell("ops", "a@x", before), before, after: null };
    const untouched = { cell: cell("ops", "b@x", null), before: null, after: null };
    recordBulkChange("p1", { description: "Revoke", applied: [written, untouched] });
    const items = undoItems({ description: "Revoke", applied: [written] });
    expect(items).toEqual(desiredScopes([{ cell: { ...written.cell, scope: null }, scope: before }]));
    expect(planBulk(items).items.map((i) => [i.action, i.after])).toEqual([["create", before]]);
  });
});

describe("byRoom", () => {
  it("puts each room's cells together, rooms in order of first appearance, cells in their order", () => {
    const cells = [cell("b", "1@x", null), cell("a", "2@x", null), cell("b", "3@x", null), cell("a", "4@x", null)];
    const ordered = byRoom(patchCells(cells, { kind: "replace", scope: null }));
    expect(ordered.map((i) => `${i.cell.roomName} ${i.cell.userEmail}`)).toEqual(["b 1@x", "b 3@x", "a 2@x", "a 4@x"]);
  });
});
