import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { type Db, openDb } from "../db/open.ts";
import { currentVersion, memo, readingAt, writeVersion } from "./version-cache.ts";

const open: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const userCount = (db: Db) =>
  memo(db, "users", () => (db.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n);
const addUser = (db: Db, id: string) =>
  db.prepare("INSERT INTO users (id, email, created_at) VALUES (?, ?, 'now')").run(id, `${id}@example.com`);

it("keeps a value until this connection writes a row", () => {
  const db = openDb(":memory:");
  open.push(db);
  let computed = 0;
  const counted = () => memo(db, "k", () => ++computed);
  expect([counted(), counted()]).toEqual([1, 1]);
  addUser(db, "a");
  expect(counted()).toBe(2);
  expect(userCount(db)).toBe(1);
});

it("sees a commit made by another connection", () => {
  const dir = mkdtempSync(join(tmpdir(), "memo-test-"));
  dirs.push(dir);
  const file = join(dir, "db.sqlite");
  const reader = openDb(file);
  const writer = openDb(file);
  open.push(reader, writer);
  expect(userCount(reader)).toBe(0);
  addUser(writer, "b");
  expect(userCount(reader)).toBe(1);
});

it("does not cache inside a transaction, whose rows may still roll back", () => {
  const db = openDb(":memory:");
  open.push(db);
  expect(() =>
    db.transaction(() => {
      addUser(db, "c");
      expect(userCount(db)).toBe(1);
      throw new Error("roll back");
    })(),
  ).toThrow("roll back");
  expect(userCount(db)).toBe(0);
});

it("keeps a value used on every request while a stream of one-off keys passes through", () => {
  const db = openDb(":memory:");
  open.push(db);
  let computed = 0;
  for (let i = 0; i < 1_000; i++) {
    memo(db, "every request", () => ++computed);
    memo(db, `one-off ${i}`, () => i);
  }
  expect(computed).toBe(1);
});

it("lets a read started at a label keep to it, and reads the label again once it ends", () => {
  const db = openDb(":memory:");
  open.push(db);
  const before = writeVersion(db);
  expect(userCount(db)).toBe(0);
  addUser(db, "d");
  // A read that began before the write answers as of its start, however many values it reads…
  expect(readingAt(db, before, () => [userCount(db), currentVersion(db)])).toEqual([0, before]);
  // …and the label is the database's again once it has ended, even if it threw.
  expect(() =>
    readingAt(db, before, () => {
      throw new Error("failed read");
    }),
  ).toThrow("failed read");
  expect(currentVersion(db)).not.toBe(before);
  expect(userCount(db)).toBe(1);
});
