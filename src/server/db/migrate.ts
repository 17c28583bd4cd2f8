import { readFileSync } from "node:fs";
import type Database from "better-sqlite3";

/**
 * The schema's history, oldest first. Migration N is the Nth file listed: it brings a database from
 * `PRAGMA user_version` N-1 to N.
 *
 * To change the schema: add `migrations/NNN-what-it-does.sql` (next number) and append its name here.
 * Never edit, remove or reorder a migration that has landed on main: databases out there have run it.
 * Each runs in one transaction with foreign keys off, so a table can be rebuilt the SQLite way
 * (create the new table, copy, drop the old, rename); a foreign key it leaves broken rolls it back.
 */
export const migrationFiles = ["001-initial.sql", "002-grant-journal.sql"] as const;

export const schemaVersion = migrationFiles.length;

const migrations = migrationFiles.map((file) => readFileSync(new URL(`./migrations/${file}`, import.meta.url), "utf8"));

const userVersion = (db: Database.Database): number => Number(db.pragma("user_version", { simple: true }));

/** Brings the database's schema up to `schemaVersion`; refuses one made by a newer version of this server. */
export function migrate(db: Database.Database): void {
  const foreignKeys = db.pragma("foreign_keys", { simple: true });
  // Cannot change inside a transaction, hence around it.
  db.pragma("foreign_keys = OFF");
  try {
    // IMMEDIATE: two processes opening one file at once apply each migration once.
    db.transaction(() => {
      const from = userVersion(db);
      if (from > schemaVersion) {
        throw new Error(
          `The database is at schema version ${from}; this server knows versions up to ${schemaVersion}.`,
        );
      }
      for (let version = from + 1; version <= schemaVersion; version++) {
        db.exec(migrations[version - 1] ?? "");
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new Error(`Migration ${migrationFiles[version - 1]} leaves broken foreign keys.`);
        db.pragma(`user_version = ${version}`);
      }
    }).immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
  }
}
