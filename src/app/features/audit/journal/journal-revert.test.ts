import { expect, it } from "vitest";
import type { Meshagent } from "#api/client.ts";
import { type GrantJournalEntry, grantJournalPageSchema } from "#api/schemas/grant-journal.ts";
import { bulkChangeEntries, revertItems } from "./journal-revert.ts";

// A bulk change over 2,500 grants, journalled newest first; the journal answers at most 1,000 a page.
const wire = Array.from({ length: 2_500 }, (_, i) => ({
  id: 2_500 - i,
  at: "2026-12-01T00:00:00.000Z",
  project_id: "p",
  room_id: `r${2_500 - i}`,
  room_name: `room ${2_500 - i}`,
  user_id: "u",
  user_email: "u@example.com",
  actor_id: "a",
  actor_email: null,
  before: null,
  after: { admin: {} },
  bulk_id: "b",
  source: "local" as const,
}));

const api: Pick<Meshagent, "listGrantJournal"> = {
  listGrantJournal: async (_projectId, query = {}) => {
    const offset = Number(query.offset ?? 0);
    const limit = Math.min(Number(query.limit ?? 100), 1_000);
    return grantJournalPageSchema.parse({ entries: wire.slice(offset, offset + limit), total: wire.length });
  },
};

it("reverting a bulk change reads every entry of it, past the journal's page size", async () => {
  const entries: GrantJournalEntry[] = await bulkChangeEntries(api, "p", "b");
  expect(entries.map((e) => e.id)).toEqual(wire.map((e) => e.id));
  expect(revertItems(entries)).toHaveLength(2_500);
});
