import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrate.ts";

export type Db = Database.Database;

/** Opens (creating if needed) the database: WAL, foreign keys on, schema migrated to the current version. */
export function openDb(file: string): Db {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  db.pragma("foreign_keys = ON");
  return db;
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The statement for this SQL, prepared once per database: preparing costs more than running most
 * of our queries. Only for SQL that is run whole (`get`/`all`/`run`), never switched to `pluck`/`raw`.
 */
export function prepared<P extends unknown[] = unknown[], R = unknown>(db: Db, sql: string): Database.Statement<P, R> {
  return statementFor(db, sql, () => db.prepare(sql)) as unknown as Database.Statement<P, R>;
}

/** `prepared` for a query of one column, answered as its values (`pluck`); kept apart from the whole rows' one. */
export function preparedPluck<P extends unknown[] = unknown[], V = unknown>(db: Db, sql: string) {
  const statement = statementFor(db, `pluck:${sql}`, () => db.prepare(sql).pluck());
  return statement as unknown as Database.Statement<P, V>;
}

function statementFor(db: Db, key: string, make: () => Database.Statement): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(key);
  if (!statement) {
    statement = make();
    cache.set(key, statement);
  }
  return statement;
}

export const now = (): string => new Date().toISOString();

/** Escapes a user's filter text for a LIKE pattern with `ESCAPE '\'`. */
export function likePattern(filter: string | undefined): string {
  return `%${(filter ?? "").replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
