import type { Meshagent } from "#api/client.ts";
import type { GrantJournalEntry } from "#api/schemas/grant-journal.ts";
import { MAX_LIMIT } from "#api/schemas/page.ts";
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

/** Every journal entry of one bulk change, newest first, page by page to the end: a change can touch thousands of grants. */
export async function bulkChangeEntries(
  api: Pick<Meshagent, "listGrantJournal">,
  projectId: string,
  bulkId: string,
): Promise<GrantJournalEntry[]> {
  const entries: GrantJournalEntry[] = [];
  for (;;) {
    const page = await api.listGrantJournal(projectId, { bulk_id: bulkId, limit: MAX_LIMIT, offset: entries.length });
    entries.push(...page.entries);
    if (page.entries.length === 0 || entries.length >= page.total) return entries;
  }
}
