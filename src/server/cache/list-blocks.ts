import { joinJson, jsonBytes } from "../http/json-bytes.ts";

/** Consecutive positions of a list written together: a page of up to this many rows spans at most two blocks. */
export const BLOCK_ROWS = 100;

/**
 * The JSON of the rows at BLOCK_ROWS consecutive positions, comma-separated, and where each position's row starts and
 * ends in it (-1 for a key the source did not render).
 */
interface Block {
  json: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** A list's blocks written so far, by block number; kept as one value until the next write (`memo`). */
export type ListBlocks = Map<number, Block>;

export interface ListSource {
  /** The keys (rowids) at positions `start` to `start + count` of the list, in its order. */
  keysAt: (start: number, count: number) => number[];
  /** The JSON text of each of `keys`; a key it does not answer is left out. */
  render: (keys: number[]) => Map<number, string>;
}

/**
 * The rows at positions `offset` to `offset + limit` of an ordered list, as at most a few runs of comma-separated
 * JSON bytes (`joinJson` puts them together). Each block is written once per state of the database and then
 * copied whole: a page anywhere in a long list costs a copy of its bytes, with no lookup or string per row.
 */
export function listSlices(blocks: ListBlocks, source: ListSource, offset: number, limit: number): Uint8Array[] {
  const slices: Uint8Array[] = [];
  const end = offset + limit;
  for (let number = Math.floor(offset / BLOCK_ROWS); number * BLOCK_ROWS < end; number++) {
    let block = blocks.get(number);
    if (!block) {
      block = writeBlock(source, number * BLOCK_ROWS);
      blocks.set(number, block);
    }
    const first = Math.max(offset - number * BLOCK_ROWS, 0);
    const last = Math.min(end - number * BLOCK_ROWS, block.ends.length) - 1;
    if (first > last) break; // past the end of the list
    const slice = rowsBetween(block, first, last);
    if (slice) slices.push(slice);
  }
  return slices;
}

/** The bytes of a block's rendered rows from position `first` to `last`, commas between them; none if none was rendered. */
function rowsBetween(block: Block, first: number, last: number): Uint8Array | undefined {
  let from = first;
  let to = last;
  while (from <= to && (block.starts[from] ?? -1) < 0) from++;
  while (to >= from && (block.ends[to] ?? -1) < 0) to--;
  return from <= to ? block.json.subarray(block.starts[from], block.ends[to]) : undefined;
}

function writeBlock(source: ListSource, start: number): Block {
  const keys = source.keysAt(start, BLOCK_ROWS);
  const texts = source.render(keys);
  const rows: Uint8Array[] = [];
  const starts = new Int32Array(keys.length).fill(-1);
  const ends = new Int32Array(keys.length).fill(-1);
  let at = 0;
  for (const [i, key] of keys.entries()) {
    const text = texts.get(key);
    if (text === undefined) continue;
    const row = jsonBytes(text);
    rows.push(row);
    starts[i] = at;
    ends[i] = at + row.length;
    at = ends[i] + 1; // past the comma
  }
  return { json: joinJson("", rows, ""), starts, ends };
}
