import { absent, byFlag, type Decision, findEntry, matched, noMatch, unrestricted } from "./decision.ts";
import type { ApiScope, MemoryPermissions, SqliteDatabaseGrant, SqliteTableGrant } from "./schema.ts";

// Dataset, SQLite and memory checks of spec §7.3. Entries match by name and namespace; several
// entries may match, and any one of them with the flag set allows the operation.

/** A request namespace; absent is compared as `[]` (the root). */
export type Namespace = readonly string[] | null | undefined;

function sameNamespace(a: Namespace, b: Namespace): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((part, i) => part === right[i]);
}

// A grant without a namespace covers the name in every namespace.
const namespaceCovers = (grant: { namespace: string[] | null }, namespace: Namespace) =>
  grant.namespace === null || sameNamespace(grant.namespace, namespace);

/** Among the entries that match, the first one that allows decides; else the first that matches. */
function decideEntries<T>(
  grant: "dataset" | "sqlite" | "memory",
  field: string,
  list: readonly T[],
  matches: (entry: T) => boolean,
  allows: (entry: T) => boolean,
): Decision {
  const allowing = findEntry(list, (entry) => matches(entry) && allows(entry));
  if (allowing !== undefined) return matched(true, grant, field, allowing[0], allowing[1]);
  const denying = findEntry(list, matches);
  return denying === undefined ? noMatch(grant, field, list) : matched(false, grant, field, denying[0], denying[1]);
}

export type TableOp = "read" | "write" | "alter";

export const decideListTables = (scope: ApiScope) =>
  scope.dataset === null ? absent("dataset") : byFlag("dataset", "list_tables", scope.dataset.list_tables);
export const canListTables = (scope: ApiScope) => decideListTables(scope).allowed;

export function decideUseTable(scope: ApiScope, table: string, namespace: Namespace, op: TableOp): Decision {
  const dataset = scope.dataset;
  if (dataset === null) return absent("dataset");
  if (dataset.tables === null) return unrestricted("dataset", "tables");
  const matches = (grant: { name: string; namespace: string[] | null }) =>
    grant.name === table && namespaceCovers(grant, namespace);
  return decideEntries("dataset", "tables", dataset.tables, matches, (grant) => grant[op]);
}
export const canUseTable = (scope: ApiScope, table: string, namespace: Namespace, op: TableOp) =>
  decideUseTable(scope, table, namespace, op).allowed;

export const decideCreateSqliteDatabase = (scope: ApiScope) =>
  scope.sqlite === null ? absent("sqlite") : byFlag("sqlite", "create_database", scope.sqlite.create_database);
export const decideListSqliteDatabases = (scope: ApiScope) =>
  scope.sqlite === null ? absent("sqlite") : byFlag("sqlite", "list_databases", scope.sqlite.list_databases);
export const canCreateSqliteDatabase = (scope: ApiScope) => decideCreateSqliteDatabase(scope).allowed;
export const canListSqliteDatabases = (scope: ApiScope) => decideListSqliteDatabases(scope).allowed;

export type SqliteDatabaseOp = "create_table" | "drop" | "inspect" | "list_tables" | "execute";

const databaseMatches = (database: string, namespace: Namespace) => (grant: SqliteDatabaseGrant) =>
  grant.name === database && namespaceCovers(grant, namespace);

export function decideSqliteDatabase(
  scope: ApiScope,
  database: string,
  namespace: Namespace,
  op: SqliteDatabaseOp,
): Decision {
  const sqlite = scope.sqlite;
  if (sqlite === null) return absent("sqlite");
  if (sqlite.databases === null) return unrestricted("sqlite", "databases");
  return decideEntries("sqlite", "databases", sqlite.databases, databaseMatches(database, namespace), (g) => g[op]);
}
export const canUseSqliteDatabase = (scope: ApiScope, database: string, namespace: Namespace, op: SqliteDatabaseOp) =>
  decideSqliteDatabase(scope, database, namespace, op).allowed;

// Table grants only count inside a database grant that matches, and must name that database too.
// When none match, a matching database grant without a table list opens all its tables.
export function decideSqliteTable(
  scope: ApiScope,
  database: string,
  table: string,
  namespace: Namespace,
  op: TableOp,
): Decision {
  const sqlite = scope.sqlite;
  if (sqlite === null) return absent("sqlite");
  if (sqlite.databases === null) return unrestricted("sqlite", "databases");
  const databases = sqlite.databases.map((grant, index) => ({ grant, index }));
  const matching = databases.filter(({ grant }) => databaseMatches(database, namespace)(grant));
  const tables = matching.flatMap(({ grant, index }) =>
    (grant.tables ?? []).flatMap((t: SqliteTableGrant, tableIndex) =>
      t.database === database && t.table === table && namespaceCovers(t, namespace) ? [{ t, index, tableIndex }] : [],
    ),
  );
  const decided = tables.find(({ t }) => t[op]) ?? tables[0];
  if (decided !== undefined) {
    const { t, index, tableIndex } = decided;
    return matched(t[op], "sqlite", `databases[${index}].tables`, tableIndex, t);
  }
  const open = matching.find(({ grant }) => grant.tables === null);
  if (open !== undefined) return matched(true, "sqlite", "databases", open.index, open.grant);
  return noMatch("sqlite", "databases", sqlite.databases);
}
export const canUseSqliteTable = (
  scope: ApiScope,
  database: string,
  table: string,
  namespace: Namespace,
  op: TableOp,
) => decideSqliteTable(scope, database, table, namespace, op).allowed;

export type MemoryPermission = keyof MemoryPermissions;

export const decideListMemories = (scope: ApiScope) =>
  scope.memory === null ? absent("memory") : byFlag("memory", "list", scope.memory.list);
export const canListMemories = (scope: ApiScope) => decideListMemories(scope).allowed;

export function decideMemory(scope: ApiScope, name: string, namespace: Namespace, permission: MemoryPermission) {
  const memory = scope.memory;
  if (memory === null) return absent("memory");
  if (memory.memories === null) return unrestricted("memory", "memories");
  const matches = (grant: { name: string; namespace: string[] | null }) =>
    grant.name === name && namespaceCovers(grant, namespace);
  return decideEntries("memory", "memories", memory.memories, matches, (grant) => grant.permissions[permission]);
}
export const canUseMemory = (scope: ApiScope, name: string, namespace: Namespace, permission: MemoryPermission) =>
  decideMemory(scope, name, namespace, permission).allowed;
