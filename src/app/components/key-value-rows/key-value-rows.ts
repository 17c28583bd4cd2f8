import { z } from "zod";
import { type Annotations, annotationsSchema } from "#api/schemas/json.ts";

/** One editable string pair: rows keep the user's order, blanks and duplicates until they are fixed. */
export interface KeyValueRow {
  key: string;
  value: string;
}

const isBlank = (row: KeyValueRow) => row.key.trim() === "" && row.value === "";

/** Rows become a string map only when every key is named once; fully blank rows are dropped. */
export const keyValueRowsSchema = z.array(z.object({ key: z.string(), value: z.string() })).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    if (row.key.trim() === "") ctx.addIssue({ code: "custom", path: [index, "key"], message: "needs a key" });
    else if (seen.has(row.key))
      ctx.addIssue({ code: "custom", path: [index, "key"], message: "this key is already used" });
    seen.add(row.key);
  });
});

export function rowsToRecord(rows: readonly KeyValueRow[]): Annotations {
  return annotationsSchema.parse(Object.fromEntries(rows.filter((row) => !isBlank(row)).map((r) => [r.key, r.value])));
}

export function recordToRows(record: Annotations): KeyValueRow[] {
  return Object.entries(record).map(([key, value]) => ({ key, value }));
}
