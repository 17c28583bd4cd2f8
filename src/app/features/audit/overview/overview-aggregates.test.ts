import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { privilegeLevel, privilegeLevels } from "#api/scope/level.ts";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { arbitraryApiScope } from "#api/scope/testing/arbitrary.ts";
import { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { lensByKey } from "#app/lib/access-index/capabilities.ts";
import { byText } from "#app/lib/access-index/label-order.ts";
import { type HeatRow, type LevelCounts, overviewStats, overviewStatsInSteps } from "./overview-aggregates.ts";

// Random projects: a few rooms and members (some sharing a name or e-mail, some holding nothing),
// a few scopes (presets for admin, full and secrets, random ones), grants set, replaced and revoked.
const scopes = fc.array(fc.oneof(arbitraryApiScope, fc.constantFrom(presets.full(), presets.userDefault())), {
  minLength: 1,
  maxLength: 6,
});
const labels = fc.array(fc.constantFrom("a", "B", "b", "é", "room-2", "room-10"), { minLength: 1, maxLength: 8 });
const project = fc.record({ scopes, rooms: labels, users: labels, edits: fc.array(fc.nat(), { maxLength: 60 }) });

interface Project {
  scopes: ApiScope[];
  rooms: string[];
  users: string[];
  edits: number[];
}

function anIndex({ scopes, rooms, users, edits }: Project): AccessIndex {
  const index = new AccessIndex();
  for (const [i, name] of rooms.entries()) index.rooms.set(`r${i}`, { id: `r${i}`, name, grantCount: 0 });
  for (const [i, email] of users.entries()) index.users.set(`u${i}`, { id: `u${i}`, email, name: "", grantCount: 0 });
  for (const n of edits) {
    const room = { id: `r${n % rooms.length}`, name: rooms[n % rooms.length] ?? "" };
    const user = { id: `u${(n >> 3) % users.length}`, email: users[(n >> 3) % users.length] ?? "" };
    // One edit in seven revokes the cell.
    index.setCell(room, user, n % 7 === 0 ? null : (scopes[(n >> 6) % scopes.length] ?? null));
  }
  return index;
}

/** The heatmap recomputed naively: every cell's scope levelled again, sorted by the rule in words. */
function naiveRows(index: AccessIndex, axis: "room" | "member"): HeatRow[] {
  const ids = axis === "room" ? [...index.rooms.keys()] : [...index.users.keys()];
  const rows = ids.flatMap((id) => {
    const cells = axis === "room" ? index.roomCells(id) : index.userCells(id);
    if (cells.size === 0) return [];
    const counts: LevelCounts = { none: 0, limited: 0, standard: 0, full: 0, admin: 0 };
    for (const scopeId of cells.values()) {
      const scope = index.scopes[scopeId]?.scope;
      if (scope) counts[privilegeLevel(scope)]++;
    }
    const label = axis === "room" ? (index.rooms.get(id)?.name ?? id) : (index.users.get(id)?.email ?? id);
    return [{ id, label, counts, total: cells.size }];
  });
  const mostPrivileged = [...privilegeLevels].reverse();
  return rows.sort(
    (a, b) =>
      mostPrivileged.map((l) => b.counts[l] - a.counts[l]).find((d) => d !== 0) ??
      (byText(a.label, b.label) || (a.id < b.id ? -1 : 1)),
  );
}

function naiveHeadline(index: AccessIndex, key: string): [number, number] {
  const lens = lensByKey(key);
  if (!lens) throw new Error(`no lens ${key}`);
  let members = 0;
  let grants = 0;
  for (const userId of index.users.keys()) {
    const held = [...index.userCells(userId).values()].filter((s) => {
      const scope = index.scopes[s]?.scope;
      return scope !== undefined && lens.holds(scope);
    }).length;
    grants += held;
    if (held > 0) members++;
  }
  return [members, grants];
}

describe("overviewStats", () => {
  it("equals a naive recomputation over random indexes", () => {
    fc.assert(
      fc.property(project, (p) => {
        const index = anIndex(p);
        const stats = overviewStats(index);
        expect(stats.rooms).toEqual(naiveRows(index, "room"));
        expect(stats.members).toEqual(naiveRows(index, "member"));
        for (const h of stats.headlines) expect([h.members, h.grants]).toEqual(naiveHeadline(index, h.lens.key));
      }),
      { numRuns: 150 },
    );
  });

  it("is computed once per index version, again after a change", () => {
    const index = new AccessIndex();
    index.setCell({ id: "r", name: "lab" }, { id: "u", email: "ann@x.test" }, presets.full());
    const first = overviewStats(index);
    expect(overviewStats(index)).toBe(first);
    index.setCell({ id: "r", name: "lab" }, { id: "v", email: "bob@x.test" }, presets.full());
    const second = overviewStats(index);
    expect(second).not.toBe(first);
    expect(second.headlines.find((h) => h.lens.key === "admin")?.members).toBe(2);
  });

  it("counts the same in steps, and stops when aborted", async () => {
    const index = new AccessIndex();
    index.setCell({ id: "r", name: "lab" }, { id: "u", email: "ann@x.test" }, presets.full());
    const stepped = await overviewStatsInSteps(index, new AbortController().signal);
    expect(overviewStats(index)).toBe(stepped);
    index.setCell({ id: "r", name: "lab" }, { id: "v", email: "bob@x.test" }, presets.userDefault());
    const stop = new AbortController();
    const counting = overviewStatsInSteps(index, stop.signal);
    stop.abort();
    await expect(counting).rejects.toThrow();
    expect(await overviewStatsInSteps(index, new AbortController().signal)).toEqual(overviewStats(index));
  });
});
