import { describe, expect, it } from "vitest";
import { runInSteps } from "#app/lib/run-in-steps.ts";
import { pairsWhere } from "../overview/overview-stats.ts";
import { anIndex } from "../testing/index-builder.ts";
import { findFindings, findingsSteps } from "./findings.ts";
import { lintsOf } from "./scope-lints.ts";

// 60 rooms × 90 members, names out of id order, scopes cycling through clean and linted ones,
// every fifth user not a member: enough cells for many steps, checked against `pairsWhere`.
const scopes = [{ messaging: {} }, { tunnels: {} }, { storage: {} }, { admin: {}, tunnels: {} }, {}];
const grants = Array.from({ length: 60 * 90 }, (_, i) => {
  const [r, u] = [Math.floor(i / 90), i % 90];
  return [`room-${(r * 7) % 60}`, `u${(u * 13) % 90}`, scopes[(r + u) % scopes.length]] as const;
});
const index = anIndex(grants, { rooms: ["empty"] });
const members = Array.from({ length: 90 }, (_, i) => ({ id: `u-u${i}`, email: `u${i}@x.test` })).filter(
  (_, i) => i % 5 !== 0,
);
const rooms = [...index.rooms.values()].map(({ id, name }) => ({ id, name }));
const memberIds = new Set(members.map((m) => m.id));

describe("findingsSteps", () => {
  const found = findFindings(index, members, rooms);

  it("lists the same pairs, in the same order, as asking pairsWhere for each list", () => {
    const orphanIds = [...index.users.keys()].filter((id) => !memberIds.has(id));
    expect(found.orphans).toEqual(pairsWhere(index, () => true, { userIds: orphanIds }));
    expect(found.orphans.length).toBeGreaterThan(0);
    for (const lint of found.lints) {
      expect(lint.pairs).toEqual(pairsWhere(index, (entry) => lintsOf(entry.scope).includes(lint.key)));
      expect(lint.targets.map((t) => t.cell.userId)).toEqual(lint.pairs.map((p) => p.userId));
    }
  });

  it("finds the rooms without admin from every room of the project, the empty one included", () => {
    expect(found.roomsWithoutAdmin.map((r) => r.name)).toContain("empty");
    for (const room of found.roomsWithoutAdmin)
      expect([...index.roomCells(room.id).values()].every((s) => index.scopes[s]?.level !== "admin")).toBe(true);
  });

  it("gives the main thread back many times over 5,400 cells, and finds the same in steps", async () => {
    let steps = 0;
    const counting = findingsSteps(index, members, rooms);
    while (!counting.next().done) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(await runInSteps(findingsSteps(index, members, rooms), new AbortController().signal)).toEqual(found);
  });

  it("stops when aborted", async () => {
    const stop = new AbortController();
    const looking = runInSteps(findingsSteps(index, members, rooms), stop.signal);
    stop.abort();
    await expect(looking).rejects.toThrow();
  });
});
