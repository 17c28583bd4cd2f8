import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { migrate, migrationFiles, schemaVersion } from "./migrate.ts";
import { type Db, openDb } from "./open.ts";

const dir = mkdtempSync(join(tmpdir(), "meshagent-admin-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The schema as commit 91717d9 applied it at every start, before versioned migrations (user_version 0).
const schemaBeforeMigrations = readFileSync(new URL("./testing/schema-before-migrations.sql", import.meta.url), "utf8");
const migrationText = (file: string) => readFileSync(new URL(`./migrations/${file}`, import.meta.url), "utf8");

// A row in every table the schema had at each version (a version that adds a table adds its rows here).
const rowsUpToVersion1 = `
  INSERT INTO users VALUES ('u1', 'Ada@Example.com', 'Ada', 'Lovelace', 0, 1, '2026-01-01T00:00:00.000Z');
  INSERT INTO users VALUES ('u2', 'bob@example.com', NULL, NULL, 1, 0, '2026-01-02T00:00:00.000Z');
  INSERT INTO access_tokens VALUES ('t1', 'u1', 'hash-1', 'laptop', '2026-01-01T00:00:00.000Z');
  INSERT INTO projects VALUES ('p1', 'Demo', 'u1', 'pk-1', '{"a":1}', 'secret', '2026-01-01T00:00:00.000Z');
  INSERT INTO project_members (project_id, user_id, is_admin, can_create_rooms, created_at)
    VALUES ('p1', 'u1', 1, 1, '2026-01-01T00:00:00.000Z'), ('p1', 'u2', 0, 0, '2026-01-02T00:00:00.000Z');
  INSERT INTO rooms (id, project_id, name, metadata, annotations, created_at)
    VALUES ('r1', 'p1', 'lobby', '{"x":true}', '{"k":"v"}', '2026-01-03T00:00:00.000Z'),
           ('r2', 'p1', 'empty', '{}', '{}', '2026-01-04T00:00:00.000Z');
  INSERT INTO room_grants VALUES ('p1', 'r1', 'lobby', 'u1', '{"storage":{}}', '2026-01-03T00:00:00.000Z', '2026-01-03T00:00:00.000Z');
  INSERT INTO room_grants VALUES ('p1', 'r1', 'lobby', 'u2', '{"admin":{}}', '2026-01-03T00:00:00.000Z', '2026-01-05T00:00:00.000Z');
  INSERT INTO oauth_clients VALUES ('c1', 'p1', 'hash-c', '["authorization_code"]', '["code"]', '["http://x/cb"]', 'openid', '{}', 0, '2026-01-01T00:00:00.000Z');
  INSERT INTO api_keys VALUES ('k1', 'p1', 'ci', 'for CI', 'hash-k', 'u1', '2026-01-01T00:00:00.000Z');
`;
const rowsAtVersion: Record<number, string> = { 0: rowsUpToVersion1, 1: rowsUpToVersion1 };
const olderVersions = Array.from({ length: schemaVersion }, (_, v) => v);

/**
 * A database file made exactly as the code of that schema version made it: before migrations, the
 * old schema applied as it was; at version v, the first v migrations as they landed. A row in every table.
 */
function databaseAtVersion(version: number, file: string): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  if (version === 0) db.exec(schemaBeforeMigrations);
  for (const migration of migrationFiles.slice(0, version)) db.exec(migrationText(migration));
  db.pragma(`user_version = ${version}`);
  const rows = rowsAtVersion[version];
  if (rows === undefined) throw new Error(`No rows for schema version ${version}: add them to rowsAtVersion`);
  db.exec(rows);
  db.close();
}

const tables = (db: Db): string[] =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
const rowsOf = (db: Db) => Object.fromEntries(tables(db).map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
const schemaOf = (db: Db) =>
  db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();

it.each(olderVersions)("a database of schema version %i upgrades to the current one with every row kept", (v) => {
  const file = join(dir, `v${v}.db`);
  databaseAtVersion(v, file);
  const old = new Database(file, { readonly: true });
  const before = rowsOf(old);
  expect(old.pragma("user_version", { simple: true })).toBe(v);
  old.close();
  expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]);

  const db = openDb(file);
  expect(db.pragma("user_version", { simple: true })).toBe(schemaVersion);
  for (const [table, rows] of Object.entries(before)) expect(rowsOf(db)[table]).toEqual(rows);
  // The upgraded database keeps working as the code expects: counts kept by triggers, foreign keys on.
  db.prepare("DELETE FROM room_grants WHERE user_id = 'u2'").run();
  expect(db.prepare("SELECT grant_count FROM rooms WHERE id = 'r1'").pluck().get()).toBe(1);
  expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
  db.close();
});

it.each(olderVersions)("a database upgraded from schema version %i has the same schema as a new one", (v) => {
  const file = join(dir, `schema-v${v}.db`);
  databaseAtVersion(v, file);
  const upgraded = openDb(file);
  const fresh = openDb(":memory:");
  expect(schemaOf(upgraded)).toEqual(schemaOf(fresh));
  upgraded.close();
  fresh.close();
});

// Databases out there ran these files as they were: a landed migration is never edited (add a new one).
const landed: Record<(typeof migrationFiles)[number], string> = {
  "001-initial.sql": "18ab82e2022d86ab76a411020bd109db37d266f3aa49e2bd607c56adf1376c69",
  "002-grant-journal.sql": "c09aaa49c4cd26a320d91c055e4d4574679b2f19d8b08ff945cda028b3eaa57f",
};
it.each(migrationFiles)("migration %s is as it landed", (file) => {
  expect(createHash("sha256").update(migrationText(file)).digest("hex")).toBe(landed[file]);
});

it("a new database starts at the current version, and reopening it runs nothing again", () => {
  const file = join(dir, "new.db");
  const first = openDb(file);
  expect(first.pragma("user_version", { simple: true })).toBe(schemaVersion);
  first.prepare("INSERT INTO users (id, email, created_at) VALUES ('u', 'u@example.com', 'now')").run();
  first.close();
  const second = openDb(file);
  expect(second.pragma("user_version", { simple: true })).toBe(schemaVersion);
  expect(second.prepare("SELECT count(*) FROM users").pluck().get()).toBe(1);
  second.close();
});

it("a database from a newer version of the server is refused, not changed", () => {
  const db = new Database(":memory:");
  db.pragma(`user_version = ${schemaVersion + 1}`);
  expect(() => migrate(db)).toThrow(/schema version/);
  expect(db.pragma("user_version", { simple: true })).toBe(schemaVersion + 1);
  db.close();
});
