import { describe, expect, it } from "vitest";
import { byText, byTime, sortRows } from "./sort-rows.ts";

interface Row {
  name: string;
  at: string | null;
}
const rows: Row[] = [
  { name: "file10", at: "2026-01-03T00:00:00.000Z" },
  { name: "File2", at: null },
  { name: "file1", at: "2026-01-01T00:00:00.000Z" },
  { name: "same", at: "2026-01-01T00:00:00.000Z" },
];
const compares = { name: (a: Row, b: Row) => byText(a.name, b.name), at: (a: Row, b: Row) => byTime(a.at, b.at) };
const names = (sorted: Row[]) => sorted.map((r) => r.name);

describe("sortRows", () => {
  it("sorts text in reading order, numbers by value and case aside", () => {
    expect(names(sortRows(rows, [{ id: "name", desc: false }], compares))).toEqual([
      "file1",
      "File2",
      "file10",
      "same",
    ]);
    expect(names(sortRows(rows, [{ id: "name", desc: true }], compares))).toEqual(["same", "file10", "File2", "file1"]);
  });

  it("sorts times oldest first, a missing one first, ties in the order they came", () => {
    expect(names(sortRows(rows, [{ id: "at", desc: false }], compares))).toEqual(["File2", "file1", "same", "file10"]);
  });

  it("answers the same array, untouched, when no known column is asked for", () => {
    expect(sortRows(rows, [], compares)).toBe(rows);
    expect(sortRows(rows, [{ id: "size", desc: false }], compares)).toBe(rows);
    expect(names(rows)).toEqual(["file10", "File2", "file1", "same"]);
  });
});
