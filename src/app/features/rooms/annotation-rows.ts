import { z } from "zod";
import { type Annotations, annotationsSchema } from "#api/schemas/json.ts";

/** One editable annotation: rows keep the user's order, blanks and duplicates until they are fixed. */
export interface AnnotationRow {
  key: string;
  value: string;
}

const isBlank = (row: AnnotationRow) => row.key.trim() === "" && row.value === "";

/** Rows become annotations only when every key is named once; fully blank rows are dropped. */
export const annotationRowsSchema = z
  .array(z.object({ key: z.string(), value: z.string() }))
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (isBlank(row)) return;
      if (row.key.trim() === "") ctx.addIssue({ code: "custom", path: [index, "key"], message: "needs a key" });
      else if (seen.has(row.key))
        ctx.addIssue({ code: "custom", path: [index, "key"], message: "this key is already used" });
      seen.add(row.key);
    });
  });

export function rowsToAnnotations(rows: readonly AnnotationRow[]): Annotations {
  return annotationsSchema.parse(Object.fromEntries(rows.filter((row) => !isBlank(row)).map((r) => [r.key, r.value])));
}

export function annotationsToRows(annotations: Annotations): AnnotationRow[] {
  return Object.entries(annotations).map(([key, value]) => ({ key, value }));
}
