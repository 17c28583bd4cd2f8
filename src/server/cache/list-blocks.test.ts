import fc from "fast-check";
import { expect, it } from "vitest";
import { joinJson } from "../http/json-bytes.ts";
import { BLOCK_ROWS, type ListBlocks, type ListSource, listSlices } from "./list-blocks.ts";

/** A list of `size` rows whose JSON names its position (with a multi-byte character), keys 1000 + position. */
function listOf(size: number, missing = new Set<number>()) {
  const calls: number[][] = [];
  const source: ListSource = {
    keysAt: (start, count) =>
      Array.from({ length: Math.max(0, Math.min(count, size - start)) }, (_, i) => 1000 + start + i),
    render: (keys) => {
      calls.push(keys);
      return new Map(keys.filter((k) => !missing.has(k)).map((k) => [k, `{"at":${k - 1000},"é":"✓"}`]));
    },
  };
  return { source, calls };
}

const page = (blocks: ListBlocks, source: ListSource, offset: number, limit: number) =>
  JSON.parse(new TextDecoder().decode(joinJson("[", listSlices(blocks, source, offset, limit), "]"))) as {
    at: number;
  }[];

const positions = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

it("answers any page of the list exactly, whatever blocks it spans", () => {
  fc.assert(
    fc.property(fc.nat(450), fc.nat(500), fc.integer({ min: 1, max: 350 }), (size, offset, limit) => {
      const { source } = listOf(size);
      const blocks: ListBlocks = new Map();
      // Twice: written, then copied from the kept blocks.
      for (let i = 0; i < 2; i++) {
        expect(page(blocks, source, offset, limit).map((r) => r.at)).toEqual(
          positions(offset, Math.min(size, offset + limit)),
        );
      }
    }),
  );
});

it("writes each block once, and only the blocks a page needs", () => {
  const { source, calls } = listOf(1000);
  const blocks: ListBlocks = new Map();
  page(blocks, source, 150, 100);
  page(blocks, source, 120, 100);
  page(blocks, source, 199, 2);
  expect(calls.map((keys) => keys[0])).toEqual([1000 + BLOCK_ROWS, 1000 + 2 * BLOCK_ROWS]);
});

it("leaves out a row the source does not render, and keeps every other row at its position", () => {
  const { source } = listOf(10, new Set([1003]));
  expect(page(new Map(), source, 2, 4).map((r) => r.at)).toEqual([2, 4, 5]);
});

it("answers a page whose rows were none rendered as an empty slice, with no stray comma", () => {
  const { source } = listOf(10, new Set([1003, 1004]));
  expect(page(new Map(), source, 3, 2)).toEqual([]);
  expect(page(new Map(), source, 0, 10).map((r) => r.at)).toEqual([0, 1, 2, 5, 6, 7, 8, 9]);
});
