import type { GrantJournalEntry } from "#api/schemas/grant-journal.ts";
import { describeScope } from "#api/scope/summary.ts";
import type { Row } from "../evidence.ts";

// A journal entry as the page shows it and its evidence exports it: the same text in both.

export const journalColumns = ["at", "by", "room", "member", "change", "before", "after", "bulk change"] as const;

/** A scope in full words (its paths, models, ports…), one clause per grant type. */
const scopeText = (scope: GrantJournalEntry["before"]) =>
  scope === null ? "no grant" : describeScope(scope).join("; ");

const changeOf = (e: GrantJournalEntry) => (e.before === null ? "granted" : e.after === null ? "revoked" : "changed");

export const journalRow = (e: GrantJournalEntry): Row => ({
  at: e.at,
  by: e.actorEmail ?? e.actorId ?? "",
  room: e.roomName,
  member: e.userEmail ?? e.userId,
  change: e.source === "upstream" ? `${changeOf(e)} (upstream)` : changeOf(e),
  before: scopeText(e.before),
  after: scopeText(e.after),
  "bulk change": e.bulkId ?? "",
});
