import type { AccessIndex } from "./access-index.ts";

// Lists of pairs are shown by room name, then member e-mail. Comparing strings inside a sort of
// 50,000 pairs costs hundreds of milliseconds (with `localeCompare`, seconds); ranking the 2,000
// names and 5,000 e-mails once per index version turns every later sort into comparing numbers.

// One collator for every sort: far cheaper than `localeCompare`, which builds one per call.
export const byText = new Intl.Collator().compare;

export interface LabelOrder {
  /** Room ids by name (then id), every room of the index. */
  rooms: readonly string[];
  /** A room's place in `rooms`; an unknown room sorts last. */
  roomRank: (roomId: string) => number;
  /** A member's place by e-mail (then id); an unknown member sorts last. */
  userRank: (userId: string) => number;
}

const ranks = (labels: Iterable<[string, string]>): Map<string, number> => {
  const sorted = [...labels].sort(([idA, a], [idB, b]) => byText(a, b) || (idA < idB ? -1 : idA > idB ? 1 : 0));
  return new Map(sorted.map(([id], rank) => [id, rank]));
};

const cache = new WeakMap<AccessIndex, { version: number; order: LabelOrder }>();

/** The rooms and members of the index ranked by name and e-mail, computed once per index version. */
export function labelOrder(index: AccessIndex): LabelOrder {
  const known = cache.get(index);
  if (known?.version === index.version) return known.order;
  const roomRanks = ranks([...index.rooms.values()].map((r) => [r.id, r.name]));
  const userRanks = ranks([...index.users.values()].map((u) => [u.id, u.email]));
  const order: LabelOrder = {
    rooms: [...roomRanks.keys()],
    roomRank: (roomId) => roomRanks.get(roomId) ?? roomRanks.size,
    userRank: (userId) => userRanks.get(userId) ?? userRanks.size,
  };
  cache.set(index, { version: index.version, order });
  return order;
}
