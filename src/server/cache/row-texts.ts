import type { Db } from "../db/open.ts";
import { valuesAt, writeVersion } from "./version-cache.ts";

// Past this many rows of one kind the kind starts afresh: a project of 50,000 grants fits whole.
const MAX_ROWS = 100_000;

/**
 * The JSON text of each row in `keys` (rowids), in their order. Rows not yet kept are rendered by
 * `render` (one query for all of them) and kept until the next write to the database
 * (version-cache.ts), so a page anywhere in a large list costs a lookup per row once its rows have
 * been shown, whatever its offset, and no page is kept twice. A key `render` does not answer is left out.
 */
export function rowTexts(
  db: Db,
  kind: string,
  keys: readonly number[],
  render: (keys: number[]) => Map<number, string>,
): string[] {
  const kinds = valuesAt(db, writeVersion(db), "rows");
  if (!kinds) return pick(keys, render([...keys]));
  let kept = kinds.get(kind) as Map<number, string> | undefined;
  if (!kept || kept.size + keys.length > MAX_ROWS) {
    kept = new Map();
    kinds.set(kind, kept);
  }
  const missing = keys.filter((key) => !kept.has(key));
  if (missing.length > 0) for (const [key, text] of render(missing)) kept.set(key, text);
  return pick(keys, kept);
}

function pick(keys: readonly number[], texts: ReadonlyMap<number, string>): string[] {
  const picked: string[] = [];
  for (const key of keys) {
    const text = texts.get(key);
    if (text !== undefined) picked.push(text);
  }
  return picked;
}
