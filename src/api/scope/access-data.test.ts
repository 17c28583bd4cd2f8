import { describe, expect, it } from "vitest";
import {
  canCreateSqliteDatabase,
  canListMemories,
  canListSqliteDatabases,
  canListTables,
  canUseMemory,
  canUseSqliteDatabase,
  canUseSqliteTable,
  canUseTable,
} from "./access-data.ts";
import { parseScope } from "./forms.ts";
import { memoryPermissionKeys } from "./schema.ts";

const dataset = (...tables: object[]) => parseScope({ dataset: { tables } });
const sqlite = (...databases: object[]) => parseScope({ sqlite: { databases } });
const memory = (...memories: object[]) => parseScope({ memory: { memories } });

describe("dataset tables", () => {
  it("an absent dataset grant denies every table and listing", () => {
    const scope = parseScope({ storage: {} });
    expect(canUseTable(scope, "t", null, "read")).toBe(false);
    expect(canListTables(scope)).toBe(false);
  });

  it("a null table list allows read, write and alter on every table", () => {
    const scope = parseScope({ dataset: {} });
    for (const op of ["read", "write", "alter"] as const) expect(canUseTable(scope, "t", ["ns"], op)).toBe(true);
  });

  it("a table entry defaults to read-only", () => {
    const scope = dataset({ name: "t" });
    expect(canUseTable(scope, "t", null, "read")).toBe(true);
    expect(canUseTable(scope, "t", null, "write")).toBe(false);
    expect(canUseTable(scope, "t", null, "alter")).toBe(false);
  });

  it("a table no entry names is denied", () => {
    expect(canUseTable(dataset({ name: "t", write: true }), "u", null, "read")).toBe(false);
    expect(canUseTable(dataset(), "t", null, "read")).toBe(false);
  });

  it("an entry without a namespace matches the table in every namespace", () => {
    const scope = dataset({ name: "t" });
    expect(canUseTable(scope, "t", ["a", "b"], "read")).toBe(true);
    expect(canUseTable(scope, "t", undefined, "read")).toBe(true);
  });

  it("an entry with a namespace matches only that exact namespace", () => {
    const scope = dataset({ name: "t", namespace: ["a"] });
    expect(canUseTable(scope, "t", ["a"], "read")).toBe(true);
    expect(canUseTable(scope, "t", ["a", "b"], "read")).toBe(false);
    expect(canUseTable(scope, "t", null, "read")).toBe(false);
  });

  it("a request without a namespace matches an entry with an empty namespace", () => {
    expect(canUseTable(dataset({ name: "t", namespace: [] }), "t", null, "read")).toBe(true);
  });

  it("any matching entry with the flag allows the operation", () => {
    const scope = dataset({ name: "t", read: false }, { name: "t", namespace: [], write: true, read: false });
    expect(canUseTable(scope, "t", [], "write")).toBe(true);
    expect(canUseTable(scope, "t", [], "read")).toBe(false);
    expect(canUseTable(scope, "t", ["x"], "write")).toBe(false);
  });

  it("list_tables is a flag that defaults to true", () => {
    expect(canListTables(parseScope({ dataset: {} }))).toBe(true);
    expect(canListTables(parseScope({ dataset: { list_tables: false } }))).toBe(false);
  });
});

describe("sqlite", () => {
  it("an absent sqlite grant denies databases, tables and listing", () => {
    const scope = parseScope({ dataset: {} });
    expect(canCreateSqliteDatabase(scope)).toBe(false);
    expect(canListSqliteDatabases(scope)).toBe(false);
    expect(canUseSqliteDatabase(scope, "db", null, "execute")).toBe(false);
    expect(canUseSqliteTable(scope, "db", "t", null, "read")).toBe(false);
  });

  it("a null database list allows every database and table operation", () => {
    const scope = parseScope({ sqlite: {} });
    expect(canUseSqliteDatabase(scope, "db", null, "drop")).toBe(true);
    expect(canUseSqliteTable(scope, "db", "t", ["ns"], "alter")).toBe(true);
  });

  it("create_database and list_databases are top-level flags", () => {
    const scope = parseScope({ sqlite: { create_database: false, databases: [] } });
    expect(canCreateSqliteDatabase(scope)).toBe(false);
    expect(canListSqliteDatabases(scope)).toBe(true);
  });

  it("a database entry allows everything but drop by default", () => {
    const scope = sqlite({ name: "db" });
    for (const op of ["create_table", "inspect", "list_tables", "execute"] as const) {
      expect(canUseSqliteDatabase(scope, "db", null, op)).toBe(true);
    }
    expect(canUseSqliteDatabase(scope, "db", null, "drop")).toBe(false);
  });

  it("a database no entry names is denied", () => {
    expect(canUseSqliteDatabase(sqlite({ name: "db" }), "other", null, "inspect")).toBe(false);
    expect(canUseSqliteTable(sqlite({ name: "db" }), "other", "t", null, "read")).toBe(false);
  });

  it("database entries match by namespace like dataset tables", () => {
    const scope = sqlite({ name: "db", namespace: ["team"], drop: true }, { name: "db", execute: false });
    expect(canUseSqliteDatabase(scope, "db", ["team"], "drop")).toBe(true);
    expect(canUseSqliteDatabase(scope, "db", ["other"], "drop")).toBe(false);
    expect(canUseSqliteDatabase(scope, "db", ["other"], "execute")).toBe(false);
    expect(canUseSqliteDatabase(scope, "db", ["team"], "execute")).toBe(true);
  });

  it("a database entry without a table list opens all its tables", () => {
    const scope = sqlite({ name: "db" });
    for (const op of ["read", "write", "alter"] as const)
      expect(canUseSqliteTable(scope, "db", "t", null, op)).toBe(true);
  });

  it("a database entry with an empty table list opens none", () => {
    expect(canUseSqliteTable(sqlite({ name: "db", tables: [] }), "db", "t", null, "read")).toBe(false);
  });

  it("matching table entries decide table operations", () => {
    const scope = sqlite({ name: "db", tables: [{ database: "db", table: "t", write: true }] });
    expect(canUseSqliteTable(scope, "db", "t", null, "write")).toBe(true);
    expect(canUseSqliteTable(scope, "db", "t", null, "alter")).toBe(false);
    expect(canUseSqliteTable(scope, "db", "u", null, "read")).toBe(false);
  });

  it("a table entry naming another database never matches", () => {
    const scope = sqlite({ name: "db", tables: [{ database: "elsewhere", table: "t" }] });
    expect(canUseSqliteTable(scope, "db", "t", null, "read")).toBe(false);
  });

  it("an open database entry allows a table that a restricted sibling entry does not list", () => {
    const scope = sqlite(
      { name: "db", namespace: [], tables: [{ database: "db", table: "t", read: false }] },
      { name: "db" },
    );
    expect(canUseSqliteTable(scope, "db", "u", null, "write")).toBe(true);
  });

  it("a matching table entry wins over an open sibling database entry", () => {
    const scope = sqlite(
      { name: "db", namespace: [], tables: [{ database: "db", table: "t", read: false }] },
      { name: "db" },
    );
    expect(canUseSqliteTable(scope, "db", "t", null, "read")).toBe(false);
  });

  it("table entries match the request namespace", () => {
    const tables = [{ database: "db", table: "t", namespace: ["a"], alter: true }];
    const scope = sqlite({ name: "db", tables });
    expect(canUseSqliteTable(scope, "db", "t", ["a"], "alter")).toBe(true);
    expect(canUseSqliteTable(scope, "db", "t", ["b"], "alter")).toBe(false);
  });
});

describe("memory", () => {
  it("an absent memory grant denies every memory and listing", () => {
    const scope = parseScope({ storage: {} });
    expect(canUseMemory(scope, "m", null, "query")).toBe(false);
    expect(canListMemories(scope)).toBe(false);
  });

  it("a null memory list allows every permission on every memory", () => {
    const scope = parseScope({ memory: {} });
    for (const p of memoryPermissionKeys) expect(canUseMemory(scope, "m", ["x"], p)).toBe(true);
  });

  it("a memory entry without permissions allows them all", () => {
    const scope = memory({ name: "m" });
    for (const p of memoryPermissionKeys) expect(canUseMemory(scope, "m", null, p)).toBe(true);
  });

  it("each permission is decided by its own flag", () => {
    const scope = memory({ name: "m", permissions: { drop: false, optimize: false } });
    expect(canUseMemory(scope, "m", null, "drop")).toBe(false);
    expect(canUseMemory(scope, "m", null, "optimize")).toBe(false);
    expect(canUseMemory(scope, "m", null, "recall")).toBe(true);
  });

  it("memories match by name and namespace like tables", () => {
    const scope = memory({ name: "m", namespace: ["a"] });
    expect(canUseMemory(scope, "m", ["a"], "query")).toBe(true);
    expect(canUseMemory(scope, "m", [], "query")).toBe(false);
    expect(canUseMemory(scope, "n", ["a"], "query")).toBe(false);
  });

  it("list is a flag that defaults to true", () => {
    expect(canListMemories(parseScope({ memory: {} }))).toBe(true);
    expect(canListMemories(parseScope({ memory: { list: false } }))).toBe(false);
  });
});
