import type { ApiScope } from "#api/scope/schema.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { compareScopes, type GrantChangeKind, type ScopeComparison, shortSummary } from "./classify-change.ts";
import type { Snapshot } from "./snapshot-schema.ts";

/** One grant that differs between the snapshot and the project now. */
export interface GrantChange {
  kind: GrantChangeKind;
  room: { id: string; name: string };
  user: { id: string; email: string };
  /** The grant in the snapshot (what a restore writes back); null: none then. */
  saved: ApiScope | null;
  /** The grant now (where a restore starts from); null: none now. */
  current: ApiScope | null;
  words: string[];
}

/**
 * What changed since the snapshot, in one pass over each side: linear in the grants, with each
 * distinct (saved, current) scope pair compared once, since a project's grants share a few scopes.
 */
export function diffSnapshot(snapshot: Snapshot, index: AccessIndex): GrantChange[] {
  const pairs = new Map<string, ScopeComparison | null>();
  const roomOf = (id: string) => ({
    id,
    name: index.rooms.get(id)?.name ?? snapshot.rooms.get(id)?.name ?? id,
  });
  const userOf = (id: string) => ({ id, email: index.users.get(id)?.email ?? snapshot.emails.get(id) ?? id });
  const changes: GrantChange[] = [];

  for (const [roomId, room] of snapshot.rooms) {
    const cells = index.roomCells(roomId);
    for (const [userId, savedId] of room.cells) {
      const saved = snapshot.scopes[savedId];
      if (saved === undefined) continue;
      const currentId = cells.get(userId);
      const current = currentId === undefined ? null : (index.scopes[currentId]?.scope ?? null);
      if (current === null) {
        changes.push({ kind: "removed", room: roomOf(roomId), user: userOf(userId), saved, current, words: [] });
        continue;
      }
      const key = `${savedId},${currentId}`;
      let comparison = pairs.get(key);
      if (comparison === undefined) {
        comparison = compareScopes(saved, current);
        pairs.set(key, comparison);
      }
      if (comparison !== null)
        changes.push({ ...comparison, room: roomOf(roomId), user: userOf(userId), saved, current });
    }
  }
  for (const roomId of index.rooms.keys()) {
    const before = snapshot.rooms.get(roomId)?.cells;
    for (const [userId, currentId] of index.roomCells(roomId)) {
      const current = index.scopes[currentId]?.scope;
      if (current === undefined || before?.has(userId)) continue;
      changes.push({ kind: "added", room: roomOf(roomId), user: userOf(userId), saved: null, current, words: [] });
    }
  }
  for (const change of changes) {
    if (change.kind === "added" && change.current) change.words = [`granted: ${shortSummary(change.current)}`];
    if (change.kind === "removed" && change.saved) change.words = [`revoked; it was: ${shortSummary(change.saved)}`];
  }
  return changes;
}
