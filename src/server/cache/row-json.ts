import type { Db } from "../db/open.ts";
import { jsonBytes } from "../http/json-bytes.ts";
import { currentVersion, valuesAt } from "./version-cache.ts";

const MAX_ROWS = 100_000;

/**
 * The JSON of each row in `keys` (rowids), in their order, as UTF-8 bytes. Rows not yet kept are rendered
 * by `render` (one query for all of them) and kept until the next write to the database
 * (version-cache.ts), so a page anywhere in a large list costs a lookup per row once its rows have
 * been shown, whatever its offset; the page is then a copy of their bytes (`joinJson`), with no string
 * to build or encode. A key `render` does not answer is left out.
 */
export function rowJson(
  db: Db,
  kind: string,
  keys: readonly number[],
  render: (keys: number[]) => Map<number, string>,
): Uint8Array[] {
  const kinds = valuesAt(db, currentVersion(db), "rows");
  if (!kinds) return pick(keys, encoded(render([...keys])));
  let kept = kinds.get(kind) as Map<number, Uint8Array> | undefined;
  if (!kept || kept.size + keys.length > MAX_ROWS) {
    kept = new Map();
    kinds.set(kind, kept);
  }
  const missing = keys.filter((key) => !kept.has(key));
  if (missing.length > 0) for (const [key, json] of encoded(render(missing))) kept.set(key, json);
  return pick(keys, kept);
}

const encoded = (texts: Map<number, string>) =>
  new Map([...texts].map(([key, text]) => [key, jsonBytes(text)] as const));

function pick(keys: readonly number[], rows: ReadonlyMap<number, Uint8Array>): Uint8Array[] {
  const picked: Uint8Array[] = [];
  for (const key of keys) {
    const json = rows.get(key);
    if (json !== undefined) picked.push(json);
  }
  return picked;
}
