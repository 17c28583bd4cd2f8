import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startTestServer } from "../testing/test-server.ts";
import { openDb } from "./open.ts";

const dir = mkdtempSync(join(tmpdir(), "meshagent-admin-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("a database file is opened in WAL mode with foreign keys on", () => {
  const db = openDb(join(dir, "nested", "meshagent.db"));
  expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
  expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
  db.close();
});

it("reopening an existing database keeps its data (the schema is applied idempotently)", () => {
  const file = join(dir, "again.db");
  const first = openDb(file);
  first.prepare("INSERT INTO users (id, email, created_at) VALUES ('u1', 'a@example.com', 'now')").run();
  first.close();
  const second = openDb(file);
  expect(second.prepare("SELECT email FROM users").pluck().all()).toEqual(["a@example.com"]);
  second.close();
});

it("the running server's database enforces foreign keys", async () => {
  const server = await startTestServer();
  expect(server.db.pragma("foreign_keys", { simple: true })).toBe(1);
  const orphan = () =>
    server.db
      .prepare("INSERT INTO rooms (id, project_id, name, created_at) VALUES ('r', 'no-such-project', 'x', 'now')")
      .run();
  expect(orphan).toThrow(/FOREIGN KEY/);
  await server.close();
});
