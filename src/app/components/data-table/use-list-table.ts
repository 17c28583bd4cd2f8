import { functionalUpdate, type RowData, type SortingState, useTable } from "@tanstack/react-table";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { type ListCompares, sortRows } from "./sort-rows.ts";
import { type ServerTableColumns, serverTableFeatures } from "./use-server-table.ts";
import { formatSort, parseSort } from "./use-table-search-params.ts";

export interface ListSort {
  sorting: SortingState;
  setSorting: (next: SortingState) => void;
}

/**
 * The sort of a list the API answers whole (no paging), kept in the URL's `sort` param like the
 * paged tables' (`name`, `-name`); a column the list cannot sort by falls back to `defaultSort`.
 */
export function useListSort<TData extends RowData>(defaultSort: string, compares: ListCompares<TData>): ListSort {
  const [params, setParams] = useSearchParams();
  const asked = params.get("sort");
  const askedId = parseSort(asked)[0]?.id;
  const value = askedId !== undefined && Object.hasOwn(compares, askedId) ? (asked ?? "") : defaultSort;
  const sorting = useMemo(() => parseSort(value), [value]);
  const setSorting = useCallback(
    (next: SortingState) =>
      setParams(
        (prev) => {
          const params = new URLSearchParams(prev);
          const text = formatSort(next);
          if (text === defaultSort || text === "") params.delete("sort");
          else params.set("sort", text);
          return params;
        },
        { preventScrollReset: true },
      ),
    [setParams, defaultSort],
  );
  return { sorting, setSorting };
}

/** `rows` in the order the list's sort asks for (a new array only when the rows or the sort change). */
export function useSortedRows<TData extends RowData>(rows: TData[], sort: ListSort, compares: ListCompares<TData>) {
  return useMemo(() => sortRows(rows, sort.sorting, compares), [rows, sort.sorting, compares]);
}

interface ListTableOptions<TData extends RowData> {
  columns: ServerTableColumns<TData>;
  /** The rows to show, already in `sort`'s order (see `useSortedRows`). */
  data: TData[];
  getRowId: (row: TData) => string;
  sort: ListSort;
}

/**
 * The shared table (`DataTableFrame`, its header and rows) over a list held whole in the browser: no
 * paging, and sorted here, before the table, so that a list may be cut (first rows) after sorting.
 */
export function useListTable<TData extends RowData>({ columns, data, getRowId, sort }: ListTableOptions<TData>) {
  return useTable({
    features: serverTableFeatures,
    columns,
    data,
    getRowId,
    rowCount: data.length,
    manualPagination: true,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { pagination: { pageIndex: 0, pageSize: Math.max(data.length, 1) }, sorting: sort.sorting },
    onSortingChange: (updater) => sort.setSorting(functionalUpdate(updater, sort.sorting)),
  });
}
