import { type Db, preparedPluck } from "../db/open.ts";

// The server's one cache and its one invalidation rule: everything kept here (the caller, their
// membership, a project's totals and grant orders, whole answers) holds until the database changes.
// So a page costs the rows it shows and not the rows it skips or counts, and a revoked token, key or
// membership is a write that the very next request sees. No other module keeps data between
// requests (db/open.ts keeps prepared statements only).
// `total_changes()` moves with every row this connection writes (a cascade or trigger always comes
// with a statement that writes a row itself); `data_version` with every commit by another connection.

type Store = "values" | "answers" | "rows";
const memos = new WeakMap<Db, { version: string } & Record<Store, Map<string, unknown>>>();
const MAX_ENTRIES = 256;

/** A label of the database's state: it changes with every write, by this connection or another. */
export function writeVersion(db: Db): string {
  const changes = preparedPluck<[], number>(db, "SELECT total_changes()").get();
  const commits = preparedPluck<[], number>(db, "PRAGMA data_version").get();
  return `${commits}/${changes}`;
}

/** The read running now, with the label it was started at (`readingAt`). */
let reading: { db: Db; version: string } | undefined;

/**
 * Runs `read`, a synchronous read that writes nothing (a cached GET's handler), with the state label its caller
 * read already: its memos and kept rows are those of `version`, without reading the label again for each.
 */
export function readingAt<T>(db: Db, version: string, read: () => T): T {
  const outer = reading;
  reading = { db, version };
  try {
    return read();
  } finally {
    reading = outer;
  }
}

/** The label to keep values at: the running read's (`readingAt`), or else the database's now. */
export function currentVersion(db: Db): string {
  return reading?.db === db ? reading.version : writeVersion(db);
}

/** `compute()` (a read), or its value from an earlier call if nothing was written since. */
export function memo<T>(db: Db, key: string, compute: () => T): T {
  // Inside a transaction the rows may still be rolled back: no caching there.
  if (db.inTransaction) return compute();
  return memoAt(db, currentVersion(db), key, compute);
}

/**
 * `memo` with the state label read once by the caller, for a request that reads several memoised
 * values and writes nothing in between (the authenticated GETs): its answers are those of the moment
 * it read `version`, as if it had run whole at that moment.
 */
export function memoAt<T>(db: Db, version: string, key: string, compute: () => T): T {
  const values = valuesAt(db, version);
  if (!values) return compute();
  if (values.has(key)) {
    const kept = values.get(key) as T;
    remember(values, key, kept); // the most recently used goes last, so it is evicted last
    return kept;
  }
  const value = compute();
  remember(values, key, value);
  return value;
}

/**
 * The values kept for the database at `version` (earlier ones are dropped), or undefined inside a
 * transaction, whose rows may still roll back. For a caller that decides itself what to keep.
 */
export function valuesAt(db: Db, version: string, store: Store = "values"): Map<string, unknown> | undefined {
  if (db.inTransaction) return undefined;
  let entry = memos.get(db);
  if (entry?.version !== version) {
    entry = { version, values: new Map(), answers: new Map(), rows: new Map() };
    memos.set(db, entry);
  }
  // Whole answers and rows' texts live apart: a stream of distinct pages must not evict the callers and orderings.
  return entry[store];
}

/**
 * Keeps `value` under `key`; past MAX_ENTRIES the least recently kept or used entry goes, so a stream of one-off keys (a
 * total per random user) does not empty the store and drop the callers and orderings every request needs.
 */
export function remember(values: Map<string, unknown>, key: string, value: unknown): void {
  values.delete(key);
  if (values.size >= MAX_ENTRIES) {
    const oldest = values.keys().next();
    if (!oldest.done) values.delete(oldest.value);
  }
  values.set(key, value);
}
