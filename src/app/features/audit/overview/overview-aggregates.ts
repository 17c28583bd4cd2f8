import { type PrivilegeLevel, privilegeLevels } from "#api/scope/level.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { type Lens, lensByKey } from "#app/lib/access-index/capabilities.ts";
import { labelOrder } from "#app/lib/access-index/label-order.ts";
import { runAtOnce, runInSteps } from "#app/lib/run-in-steps.ts";

// The overview's numbers, once per index version: per room and per member, how many grants sit at
// each privilege level; and the headline counts, each a matrix lens, so that the list behind a
// number and the matrix's highlighted cells are the same cells. Each distinct scope's level and
// lenses are decided once; the 50,000 cells are then only counted, into typed arrays.

export type LevelCounts = Record<PrivilegeLevel, number>;

export interface HeatRow {
  id: string;
  label: string;
  counts: LevelCounts;
  total: number;
}

export type HeatAxis = "room" | "member";

/** A headline number: the grants passing a matrix lens, and the distinct members holding them. */
export interface Headline {
  lens: Lens;
  label: string;
  /** The list behind the number, in words ("members holding admin in some room"). */
  describes: string;
  members: number;
  grants: number;
}

const headlineLenses = [
  { key: "admin", label: "Admins", describes: "Members holding admin in a room" },
  { key: "storage-write", label: "Storage writers", describes: "Members who can write storage in a room" },
  { key: "full", label: "Full scopes", describes: "Members holding a full scope (every grant, unrestricted)" },
  { key: "secrets", label: "Secrets holders", describes: "Members holding the secrets grant in a room" },
] as const;

export type HeadlineKey = (typeof headlineLenses)[number]["key"];
export const isHeadlineKey = (key: string | null): key is HeadlineKey => headlineLenses.some((h) => h.key === key);

export interface OverviewStats {
  headlines: Headline[];
  /** Rooms (members) holding a grant, most privileged first (more admin grants, then full…), then by name. */
  rooms: HeatRow[];
  members: HeatRow[];
}

const LEVELS = privilegeLevels.length;

const bump = (counts: Uint32Array, at: number) => {
  counts[at] = (counts[at] ?? 0) + 1;
};

interface Tally {
  ids: string[];
  /** `LEVELS` counts per row, in `privilegeLevels` order. */
  counts: Uint32Array;
}

/** Counts each row's cells by level; `onCell` sees every cell (the headlines' pass). */
function tally(
  ids: Iterable<string>,
  cellsOf: (id: string) => ReadonlyMap<string, number>,
  levelOf: Uint8Array,
  onRow?: (scopeIds: Iterable<number>) => void,
): Tally {
  const kept: string[] = [];
  const all = [...ids];
  const counts = new Uint32Array(all.length * LEVELS);
  for (const id of all) {
    const cells = cellsOf(id);
    if (cells.size === 0) continue;
    const base = kept.length * LEVELS;
    for (const scopeId of cells.values()) bump(counts, base + (levelOf[scopeId] ?? 0));
    onRow?.(cells.values());
    kept.push(id);
  }
  return { ids: kept, counts };
}

/** The rows of a tally, most privileged first, then by their rank (name or e-mail). */
function heatRows({ ids, counts }: Tally, rank: (id: string) => number, labelOf: (id: string) => string): HeatRow[] {
  const ranks = Uint32Array.from(ids, rank);
  const order = Array.from(ids, (_, i) => i);
  order.sort((a, b) => {
    for (let level = LEVELS - 1; level >= 0; level--) {
      const diff = (counts[b * LEVELS + level] ?? 0) - (counts[a * LEVELS + level] ?? 0);
      if (diff !== 0) return diff;
    }
    return (ranks[a] ?? 0) - (ranks[b] ?? 0);
  });
  // Plain literals: this runs once per version, cold, where `Object.fromEntries` and `subarray` cost 20 times more.
  const at = (i: number, level: number) => counts[i * LEVELS + level] ?? 0;
  return order.map((i) => {
    const id = ids[i] ?? "";
    const levelCounts = { none: at(i, 0), limited: at(i, 1), standard: at(i, 2), full: at(i, 3), admin: at(i, 4) };
    const total = levelCounts.none + levelCounts.limited + levelCounts.standard + levelCounts.full + levelCounts.admin;
    return { id, label: labelOf(id), counts: levelCounts, total };
  });
}

const cache = new WeakMap<AccessIndex, { version: number; stats: OverviewStats }>();

/** The overview's numbers if this index version's are computed already. */
export const knownOverviewStats = (index: AccessIndex): OverviewStats | undefined => {
  const known = cache.get(index);
  return known?.version === index.version ? known.stats : undefined;
};

/** The overview's heatmaps and headline counts, computed once per index version. */
export const overviewStats = (index: AccessIndex): OverviewStats => runAtOnce(overviewSteps(index));

/** The same in steps of a few milliseconds each, giving the main thread back between them. */
export const overviewStatsInSteps = (index: AccessIndex, signal: AbortSignal): Promise<OverviewStats> =>
  runInSteps(overviewSteps(index), signal);

function* overviewSteps(index: AccessIndex): Generator<void, OverviewStats> {
  const known = knownOverviewStats(index);
  if (known) return known;
  const version = index.version;
  const levelOf = Uint8Array.from(index.scopes, (entry) => privilegeLevels.indexOf(entry.level));
  const lenses = headlineLenses.flatMap((h) => {
    const lens = lensByKey(h.key);
    return lens ? [{ ...h, lens }] : [];
  });
  // Bit h of a scope's mask: the scope passes headline h's lens.
  const maskOf = Uint8Array.from(index.scopes, (entry) =>
    lenses.reduce((bits, h, i) => (h.lens.holds(entry.scope) ? bits | (1 << i) : bits), 0),
  );
  const members = new Uint32Array(lenses.length);
  const grants = new Uint32Array(lenses.length);
  const countHeadlines = (scopeIds: Iterable<number>) => {
    let held = 0;
    for (const scopeId of scopeIds) {
      const bits = maskOf[scopeId] ?? 0;
      held |= bits;
      for (let h = 0; bits >> h !== 0; h++) if (bits & (1 << h)) bump(grants, h);
    }
    for (let h = 0; held >> h !== 0; h++) if (held & (1 << h)) bump(members, h);
  };

  const order = labelOrder(index);
  yield;
  const byRoom = tally(index.rooms.keys(), (id) => index.roomCells(id), levelOf);
  yield;
  const byMember = tally(index.users.keys(), (id) => index.userCells(id), levelOf, countHeadlines);
  yield;
  const rooms = heatRows(byRoom, order.roomRank, (id) => index.rooms.get(id)?.name ?? id);
  yield;
  const stats: OverviewStats = {
    headlines: lenses.map(({ lens, label, describes }, h) => ({
      lens,
      label,
      describes,
      members: members[h] ?? 0,
      grants: grants[h] ?? 0,
    })),
    rooms,
    members: heatRows(byMember, order.userRank, (id) => index.users.get(id)?.email ?? id),
  };
  // A change while stepping: these numbers are of the version they started from; ask again.
  if (index.version === version) cache.set(index, { version, stats });
  return stats;
}
