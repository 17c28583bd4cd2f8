import { mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

export type Db = Database.Database;

const schema = readFileSync(new URL("./schema.sql", import.meta.url), "utf8");

/** Opens (creating if needed) the database: WAL, foreign keys on, schema applied. */
export function openDb(file: string): Db {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.exec(schema);
  return db;
}

export const now = (): string => new Date().toISOString();

/** Escapes a user's filter text for a LIKE pattern with `ESCAPE '\'`. */
export function likePattern(filter: string | undefined): string {
  return `%${(filter ?? "").replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
