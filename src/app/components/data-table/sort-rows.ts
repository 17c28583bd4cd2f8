import type { SortingState } from "@tanstack/react-table";

/** Ascending order of two rows by one column; a column without one cannot be sorted. */
export type RowCompare<TData> = (a: TData, b: TData) => number;
export type ListCompares<TData> = Readonly<Record<string, RowCompare<TData>>>;

/** Text in the reader's language order (one collator for every comparison: `localeCompare` builds one per call). */
export const byText = new Intl.Collator(undefined, { numeric: true }).compare;

/** Times as ISO strings or dates, oldest first; a missing time sorts first. */
export const byTime = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? Date.parse(a) : 0) - (b ? Date.parse(b) : 0);

/**
 * The rows in the order `sorting` asks for, stable (ties keep the order the rows came in); the same
 * array when nothing known is asked for, so a list the API already ordered costs nothing.
 */
export function sortRows<TData>(rows: TData[], sorting: SortingState, compares: ListCompares<TData>): TData[] {
  const first = sorting[0];
  const compare = first === undefined ? undefined : compares[first.id];
  if (first === undefined || compare === undefined) return rows;
  const sign = first.desc ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b));
}
