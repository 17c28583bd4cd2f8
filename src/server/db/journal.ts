import { type Db, prepared } from "./open.ts";

// The grant change journal (migration 002). Local writes are journalled by triggers on room_grants,
// within a "who is writing" context a request sets around them; writes passed through to an upstream
// Meshagent are recorded here explicitly by the proxy.

export interface JournalActor {
  actorId: string | null;
  actorEmail: string | null;
  bulkId: string | null;
}

/** Runs `write` in one transaction with the journal context set, so every grant it changes is recorded. */
export function journaled<T>(db: Db, actor: JournalActor, write: () => T): T {
  return db.transaction(() => {
    prepared(
      db,
      "INSERT OR REPLACE INTO grant_journal_context (id, actor_id, actor_email, bulk_id) VALUES (1, ?, ?, ?)",
    ).run(actor.actorId, actor.actorEmail, actor.bulkId);
    try {
      return write();
    } finally {
      prepared(db, "DELETE FROM grant_journal_context").run();
    }
  })();
}

export interface JournalRecord {
  projectId: string;
  roomId: string;
  roomName: string;
  userId: string;
  /** Compact ApiScope JSON text; null when there was (or is) no grant. */
  before: string | null;
  after: string | null;
}

/** An entry for a change made elsewhere (the upstream Meshagent), as the proxy saw it. */
export function recordUpstreamChange(db: Db, actor: JournalActor, r: JournalRecord): void {
  prepared(
    db,
    `INSERT INTO grant_journal (project_id, room_id, room_name, user_id, actor_id, actor_email, at, before, after, bulk_id, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'upstream')`,
  ).run(
    r.projectId,
    r.roomId,
    r.roomName,
    r.userId,
    actor.actorId,
    actor.actorEmail,
    new Date().toISOString(),
    r.before,
    r.after,
    actor.bulkId,
  );
}

export interface JournalFilter {
  limit: number;
  offset: number;
  room?: string | undefined;
  userId?: string | undefined;
  actorId?: string | undefined;
  bulkId?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

interface JournalRow {
  id: number;
  at: string;
  project_id: string;
  room_id: string;
  room_name: string;
  user_id: string;
  user_email: string | null;
  actor_id: string | null;
  actor_email: string | null;
  before: string | null;
  after: string | null;
  bulk_id: string | null;
  source: string;
}

// Each filter is `? IS NULL OR …`, so one statement serves every combination. The member and
// the actor are matched by id or by e-mail, as the console's other searches do.
const from = "grant_journal j LEFT JOIN users u ON u.id = j.user_id LEFT JOIN users a ON a.id = j.actor_id";
const where = `j.project_id = @projectId
  AND (@room IS NULL OR j.room_id = @room OR j.room_name = @room)
  AND (@userId IS NULL OR j.user_id = @userId OR u.email = @userId COLLATE NOCASE)
  AND (@actorId IS NULL OR j.actor_id = @actorId OR coalesce(j.actor_email, a.email) = @actorId COLLATE NOCASE)
  AND (@bulkId IS NULL OR j.bulk_id = @bulkId)
  AND (@since IS NULL OR j.at >= @since)
  AND (@until IS NULL OR j.at < @until)`;

/** Newest first, as JSON text: the scopes are stored as compact JSON and answered as stored. */
export function listJournal(db: Db, projectId: string, f: JournalFilter): string {
  const filters = {
    projectId,
    room: f.room ?? null,
    userId: f.userId ?? null,
    actorId: f.actorId ?? null,
    bulkId: f.bulkId ?? null,
    since: f.since ?? null,
    until: f.until ?? null,
  };
  const rows = prepared<[Record<string, unknown>], JournalRow>(
    db,
    `SELECT j.id, j.at, j.project_id, j.room_id, j.room_name, j.user_id, u.email AS user_email, j.actor_id,
            coalesce(j.actor_email, a.email) AS actor_email, j.before, j.after, j.bulk_id, j.source
     FROM ${from}
     WHERE ${where} ORDER BY j.id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...filters, limit: f.limit, offset: f.offset });
  const total =
    prepared<[Record<string, unknown>], { n: number }>(db, `SELECT count(*) AS n FROM ${from} WHERE ${where}`).get(
      filters,
    )?.n ?? 0;
  const entry = (r: JournalRow) => {
    const { before, after, ...rest } = r;
    return `${JSON.stringify(rest).slice(0, -1)},"before":${before ?? "null"},"after":${after ?? "null"}}`;
  };
  return `{"entries":[${rows.map(entry).join(",")}],"total":${total}}`;
}
