import { type PrivilegeLevel, privilegeLevels } from "#api/scope/level.ts";
import type { AccessIndex, ScopeEntry } from "#app/lib/access-index/access-index.ts";
import { type Lens, lensByKey } from "#app/lib/access-index/capabilities.ts";

// The overview's numbers, aggregated from the access index in one pass over its cells: per room and
// per member, how many grants sit at each privilege level; and the headline counts, each a matrix
// lens, so that the list behind a number and the matrix's highlighted cells are the same cells.

export type LevelCounts = Record<PrivilegeLevel, number>;

export interface HeatRow {
  id: string;
  label: string;
  counts: LevelCounts;
  total: number;
}

export type HeatAxis = "room" | "member";

// One collator for every sort: far cheaper than `localeCompare` over tens of thousands of pairs.
export const byText = new Intl.Collator().compare;

const zero = (): LevelCounts => ({ none: 0, limited: 0, standard: 0, full: 0, admin: 0 });

/** Most privileged first: more admin grants, then more full ones, and so on; then by name. */
function byPrivilege(a: HeatRow, b: HeatRow): number {
  for (const level of [...privilegeLevels].reverse()) {
    const diff = b.counts[level] - a.counts[level];
    if (diff !== 0) return diff;
  }
  return byText(a.label, b.label);
}

/** One row per room (or member) holding a grant: its grants counted by level, most privileged rows first. */
export function levelHeatmap(index: AccessIndex, axis: HeatAxis): HeatRow[] {
  const rows: HeatRow[] = [];
  const ids = axis === "room" ? index.rooms.keys() : index.users.keys();
  for (const id of ids) {
    const cells = axis === "room" ? index.roomCells(id) : index.userCells(id);
    if (cells.size === 0) continue;
    const counts = zero();
    for (const scopeId of cells.values()) {
      const level = index.scopes[scopeId]?.level;
      if (level) counts[level]++;
    }
    const label = axis === "room" ? (index.rooms.get(id)?.name ?? id) : (index.users.get(id)?.email ?? id);
    rows.push({ id, label, counts, total: cells.size });
  }
  return rows.sort(byPrivilege);
}

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

/** Which distinct scopes pass a lens, each decided once. */
const passing = (index: AccessIndex, lens: Lens) => index.scopes.map((entry) => lens.holds(entry.scope));

export function headlines(index: AccessIndex): Headline[] {
  return headlineLenses.flatMap(({ key, label, describes }) => {
    const lens = lensByKey(key);
    if (!lens) return [];
    const passes = passing(index, lens);
    let members = 0;
    let grants = 0;
    for (const userId of index.users.keys()) {
      let held = 0;
      for (const scopeId of index.userCells(userId).values()) if (passes[scopeId]) held++;
      grants += held;
      if (held > 0) members++;
    }
    return [{ lens, label, describes, members, grants }];
  });
}

/** One (room, member) pair behind a number. */
export interface Pair {
  roomId: string;
  roomName: string;
  userId: string;
  userEmail: string;
  entry: ScopeEntry;
}

/** The pairs whose scope passes `test`, optionally in one room or of some members, by room then member. */
export function pairsWhere(
  index: AccessIndex,
  test: (entry: ScopeEntry) => boolean,
  only: { roomId?: string; userIds?: Iterable<string> } = {},
): Pair[] {
  const pairs: Pair[] = [];
  const add = (roomId: string, userId: string, scopeId: number) => {
    const entry = index.scopes[scopeId];
    if (!entry || !test(entry)) return;
    const roomName = index.rooms.get(roomId)?.name ?? roomId;
    pairs.push({ roomId, roomName, userId, userEmail: index.users.get(userId)?.email ?? userId, entry });
  };
  if (only.userIds !== undefined) {
    for (const userId of only.userIds)
      for (const [roomId, scopeId] of index.userCells(userId))
        if (only.roomId === undefined || roomId === only.roomId) add(roomId, userId, scopeId);
  } else {
    for (const roomId of only.roomId !== undefined ? [only.roomId] : index.rooms.keys())
      for (const [userId, scopeId] of index.roomCells(roomId)) add(roomId, userId, scopeId);
  }
  return pairs.sort((a, b) => byText(a.roomName, b.roomName) || byText(a.userEmail, b.userEmail));
}

/** The pairs behind a headline. */
export const headlinePairs = (index: AccessIndex, lens: Lens) => pairsWhere(index, (entry) => lens.holds(entry.scope));
