import type { GrantJournalEntry } from "#api/schemas/grant-journal.ts";
import { type BulkItem, desiredScopes } from "#app/components/bulk-change/bulk-plan.ts";

/**
 * Undoing a bulk change: each grant it touched goes back to what it was before the change's first
 * write, starting from what its last write left (a grant changed since is a conflict in the preview).
 * `entries` are the change's journal entries, newest first, as the journal answers them.
 */
export function revertItems(entries: readonly GrantJournalEntry[]): BulkItem[] {
  const byCell = new Map<string, { latest: GrantJournalEntry; oldest: GrantJournalEntry }>();
  for (const entry of entries) {
    const key = `${entry.roomId}/${entry.userId}`;
    const known = byCell.get(key);
    byCell.set(key, { latest: known?.latest ?? entry, oldest: entry });
  }
  return desiredScopes(
    [...byCell.values()].map(({ latest, oldest }) => ({
      cell: {
        roomId: latest.roomId,
        roomName: latest.roomName,
        userId: latest.userId,
        userEmail: latest.userEmail ?? latest.userId,
        scope: latest.after,
      },
      scope: oldest.before,
    })),
  );
}
