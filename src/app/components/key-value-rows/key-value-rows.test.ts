import { describe, expect, it } from "vitest";
import { keyValueRowsSchema, recordToRows, rowsToRecord } from "./key-value-rows.ts";

describe("key/value rows", () => {
  it("round-trip annotations, keeping their order", () => {
    const annotations = { team: "core", "owner.email": "a@b.c", empty: "" };
    expect(rowsToRecord(recordToRows(annotations))).toEqual(annotations);
    expect(recordToRows(annotations).map((r) => r.key)).toEqual(["team", "owner.email", "empty"]);
  });

  it("drop fully blank rows but keep a key with an empty value", () => {
    expect(
      rowsToRecord([
        { key: "", value: "" },
        { key: "flag", value: "" },
      ]),
    ).toEqual({ flag: "" });
  });

  it("refuse a value without a key and a key used twice, naming the row", () => {
    const result = keyValueRowsSchema.safeParse([
      { key: "a", value: "1" },
      { key: "", value: "orphan" },
      { key: "a", value: "2" },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["1.key", "needs a key"],
      ["2.key", "this key is already used"],
    ]);
  });

  it("accept rows with markup and direction marks as plain strings", () => {
    const rows = [{ key: "<b>x</b>", value: "\u202Egnp.exe<script>alert(1)</script>" }];
    expect(keyValueRowsSchema.safeParse(rows).success).toBe(true);
    expect(rowsToRecord(rows)).toEqual({ "<b>x</b>": "\u202Egnp.exe<script>alert(1)</script>" });
  });
});
