import type { Context } from "hono";
import type { z } from "zod";
import { BULK_HEADER } from "#api/schemas/bulk-header.ts";
import { bulkIdSchema, grantJournalPageSchema, type grantJournalQuerySchema } from "#api/schemas/grant-journal.ts";
import { type AppEnv, requireAdmin } from "../auth.ts";
import { type JournalActor, journaled, listJournal } from "../db/journal.ts";
import { badRequest } from "../http/errors.ts";
import { defineRoutes, jsonText } from "../http/route-types.ts";

// The change journal's read side (local-only), and how a request's grant writes get journalled.

/** The bulk change id a request names in its header, checked; absent is null. */
export function bulkIdOf(c: Context): string | null {
  const value = c.req.header(BULK_HEADER);
  if (value === undefined) return null;
  const checked = bulkIdSchema.safeParse(value);
  if (!checked.success) {
    const message = checked.error.issues[0]?.message ?? "is invalid";
    throw badRequest(`${BULK_HEADER}: ${message}`, [{ path: BULK_HEADER, message }]);
  }
  return checked.data;
}

/** Runs a request's writes with the journal recording who made them (db/journal.ts). */
export function journaledWrite<T>(c: Context<AppEnv>, write: () => T): T {
  const { user } = c.get("principal");
  const actor: JournalActor = { actorId: user.id, actorEmail: user.email, bulkId: bulkIdOf(c) };
  return journaled(c.get("db"), actor, write);
}

/** One page of the journal, newest first, as JSON text; the caller's right to read it is checked before. */
export function journalText(
  c: Context<AppEnv>,
  projectId: string,
  q: z.output<typeof grantJournalQuerySchema>,
): string {
  return listJournal(c.get("db"), projectId, {
    limit: q.limit ?? 100,
    offset: q.offset ?? 0,
    room: q.room,
    userId: q.user_id,
    actorId: q.actor_id,
    bulkId: q.bulk_id,
    since: q.since,
    until: q.until,
  });
}

export const grantJournalRoutes = defineRoutes({
  listGrantJournal: (c, { query }) => {
    const { project } = requireAdmin(c, "read the change journal");
    return jsonText(grantJournalPageSchema, journalText(c, project.id, query()));
  },
});
