import { z } from "zod";
import { apiScopeSchema } from "../scope/schema.ts";
import { camelizeKeys } from "./keys.ts";
import { pageSize } from "./page.ts";

// The change journal of grants made through this server (local-only endpoint, README "Change journal").

export const bulkIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, "must be 1-100 letters, digits or . _ : -");

export const grantJournalEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    project_id: z.string(),
    room_id: z.string(),
    room_name: z.string(),
    /** The grantee; an e-mail when a grant by e-mail went upstream. */
    user_id: z.string(),
    user_email: z.string().nullable(),
    actor_id: z.string().nullable(),
    actor_email: z.string().nullable(),
    /** Null: there was no grant before (a create) / there is none after (a revoke). */
    before: apiScopeSchema.nullable(),
    after: apiScopeSchema.nullable(),
    bulk_id: z.string().nullable(),
    /** `upstream`: passed through to a real Meshagent with `--upstream` and recorded by this server. */
    source: z.enum(["local", "upstream"]),
  })
  .transform(camelizeKeys);
export type GrantJournalEntry = z.output<typeof grantJournalEntrySchema>;

export const grantJournalPageSchema = z.object({ entries: z.array(grantJournalEntrySchema), total: z.number() });
export type GrantJournalPage = z.output<typeof grantJournalPageSchema>;

export const grantJournalQuerySchema = z.object({
  limit: pageSize.optional(),
  offset: z.coerce.number().int("must be a whole number").min(0, "must not be negative").optional(),
  /** A room id or name. */
  room: z.string().min(1).optional(),
  user_id: z.string().min(1).optional(),
  actor_id: z.string().min(1).optional(),
  bulk_id: bulkIdSchema.optional(),
  since: z.iso.datetime({ message: "must be an ISO-8601 date-time" }).optional(),
  until: z.iso.datetime({ message: "must be an ISO-8601 date-time" }).optional(),
});
export type GrantJournalQuery = z.input<typeof grantJournalQuerySchema>;
