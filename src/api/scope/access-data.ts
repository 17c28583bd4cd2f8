import type { ApiScope, MemoryPermissions, SqliteDatabaseGrant, SqliteTableGrant, TableGrant } from "./schema.ts";

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

export type TableOp = "read" | "write" | "alter";

export function canListTables(scope: ApiScope): boolean {
  return scope.dataset?.list_tables === true;
}

export function canUseTable(scope: ApiScope, table: string, namespace: Namespace, op: TableOp): boolean {
  const dataset = scope.dataset;
  if (dataset === null) return false;
  if (dataset.tables === null) return true;
  return dataset.tables.some(
    (grant: TableGrant) => grant.name === table && namespaceCovers(grant, namespace) && grant[op],
  );
}

export function canCreateSqliteDatabase(scope: ApiScope): boolean {
  return scope.sqlite?.create_database === true;
}

export function canListSqliteDatabases(scope: ApiScope): boolean {
  return scope.sqlite?.list_databases === true;
}

export type SqliteDatabaseOp = "create_table" | "drop" | "inspect" | "list_tables" | "execute";

/** Matching database grants, or null when the list is unrestricted. Absent grant: no matches. */
function matchingDatabases(scope: ApiScope, database: string, namespace: Namespace): SqliteDatabaseGrant[] | null {
  const sqlite = scope.sqlite;
  if (sqlite === null) return [];
  if (sqlite.databases === null) return null;
  return sqlite.databases.filter((grant) => grant.name === database && namespaceCovers(grant, namespace));
}

export function canUseSqliteDatabase(
  scope: ApiScope,
  database: string,
  namespace: Namespace,
  op: SqliteDatabaseOp,
): boolean {
  if (scope.sqlite === null) return false;
  const databases = matchingDatabases(scope, database, namespace);
  return databases === null || databases.some((grant) => grant[op]);
}

// Table grants only count inside a database grant that matches, and must name that database too.
// When none match, a matching database grant without a table list opens all its tables.
export function canUseSqliteTable(
  scope: ApiScope,
  database: string,
  table: string,
  namespace: Namespace,
  op: TableOp,
): boolean {
  if (scope.sqlite === null) return false;
  const databases = matchingDatabases(scope, database, namespace);
  if (databases === null) return true;
  const tables = databases.flatMap((grant) =>
    (grant.tables ?? []).filter(
      (t: SqliteTableGrant) => t.database === database && t.table === table && namespaceCovers(t, namespace),
    ),
  );
  if (tables.length > 0) return tables.some((t) => t[op]);
  return databases.some((grant) => grant.tables === null);
}

export type MemoryPermission = keyof MemoryPermissions;

export function canListMemories(scope: ApiScope): boolean {
  return scope.memory?.list === true;
}

export function canUseMemory(
  scope: ApiScope,
  name: string,
  namespace: Namespace,
  permission: MemoryPermission,
): boolean {
  const memory = scope.memory;
  if (memory === null) return false;
  if (memory.memories === null) return true;
  return memory.memories.some(
    (grant) => grant.name === name && namespaceCovers(grant, namespace) && grant.permissions[permission],
  );
}
