import type { AccessIndex, ScopeEntry } from "#app/lib/access-index/access-index.ts";
import type { Lens } from "#app/lib/access-index/capabilities.ts";
import { byText, labelOrder } from "#app/lib/access-index/label-order.ts";

// The lists behind the overview's numbers: the (room, member) pairs whose scope passes a test,
// by room name then member e-mail. The numbers themselves are in overview-aggregates.ts.

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
  // Each distinct scope is tested once.
  const passes = index.scopes.map(test);
  const add = (roomId: string, userId: string, scopeId: number) => {
    const entry = index.scopes[scopeId];
    if (!entry || !passes[scopeId]) return;
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
  return sortPairs(index, pairs);
}

/** By room name, then member e-mail: by their ranks, and by text only among rooms or members the index does not list. */
function sortPairs(index: AccessIndex, pairs: Pair[]): Pair[] {
  const { roomRank, userRank } = labelOrder(index);
  const unknownRoom = index.rooms.size;
  const unknownUser = index.users.size;
  const keyed = pairs.map((pair) => ({ pair, room: roomRank(pair.roomId), user: userRank(pair.userId) }));
  keyed.sort(
    (a, b) =>
      a.room - b.room ||
      (a.room === unknownRoom ? byText(a.pair.roomName, b.pair.roomName) : 0) ||
      a.user - b.user ||
      (a.user === unknownUser ? byText(a.pair.userEmail, b.pair.userEmail) : 0),
  );
  return keyed.map((k) => k.pair);
}

/** The pairs behind a headline. */
export const headlinePairs = (index: AccessIndex, lens: Lens) => pairsWhere(index, (entry) => lens.holds(entry.scope));
