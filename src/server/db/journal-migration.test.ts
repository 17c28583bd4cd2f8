import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { journaled, listJournal } from "./journal.ts";
import { schemaVersion } from "./migrate.ts";
import { openDb } from "./open.ts";

const dir = mkdtempSync(join(tmpdir(), "meshagent-admin-journal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The database as the previous version (schema version 1, before the journal) left it.
function databaseAtVersion1(file: string): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(readFileSync(new URL("./migrations/001-initial.sql", import.meta.url), "utf8"));
  db.pragma("user_version = 1");
  db.exec(`
    INSERT INTO users VALUES ('u1', 'ada@example.com', 'Ada', NULL, 0, 1, '2026-01-01T00:00:00.000Z');
    INSERT INTO projects VALUES ('p1', 'Demo', 'u1', 'pk-1', '{}', 'secret', '2026-01-01T00:00:00.000Z');
    INSERT INTO project_members (project_id, user_id, is_admin, created_at) VALUES ('p1', 'u1', 1, '2026-01-01T00:00:00.000Z');
    INSERT INTO rooms (id, project_id, name, created_at) VALUES ('r1', 'p1', 'lobby', '2026-01-03T00:00:00.000Z');
    INSERT INTO room_grants VALUES ('p1', 'r1', 'lobby', 'u1', '{"storage":{}}', '2026-01-03T00:00:00.000Z', '2026-01-03T00:00:00.000Z');
  `);
  db.close();
}

it("a database of the previous version opens, upgrades, keeps its grants and journals the next change", () => {
  expect(schemaVersion).toBeGreaterThanOrEqual(2);
  const file = join(dir, "v1.db");
  databaseAtVersion1(file);
  const db = openDb(file);
  expect(db.pragma("user_version", { simple: true })).toBe(schemaVersion);
  expect(db.prepare("SELECT permissions FROM room_grants").pluck().all()).toEqual(['{"storage":{}}']);
  expect(JSON.parse(listJournal(db, "p1", { limit: 10, offset: 0 }))).toEqual({ entries: [], total: 0 });

  journaled(db, { actorId: "u1", actorEmail: null, bulkId: "b" }, () =>
    db.prepare("UPDATE room_grants SET permissions = '{\"admin\":{}}'").run(),
  );
  const { entries } = JSON.parse(listJournal(db, "p1", { limit: 10, offset: 0 }));
  expect(entries).toMatchObject([
    {
      room_name: "lobby",
      user_id: "u1",
      actor_email: "ada@example.com",
      before: { storage: {} },
      after: { admin: {} },
    },
  ]);
  // Outside a request's context, writes (seeding, --demo) are not journalled, and no context is left behind.
  db.prepare("DELETE FROM room_grants").run();
  expect(JSON.parse(listJournal(db, "p1", { limit: 10, offset: 0 })).total).toBe(1);
  db.close();
});
