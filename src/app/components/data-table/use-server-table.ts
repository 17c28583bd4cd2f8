import {
  functionalUpdate,
  metaHelper,
  type RowData,
  rowPaginationFeature,
  rowSortingFeature,
  type TableOptions,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import type { TableSearch } from "./use-table-search-params.ts";

export interface DataTableColumnMeta {
  /** Classes for the column's header and cells (width, alignment). */
  className?: string;
}

/** Every list is paged, sorted and filtered by the server; the table only renders and holds state. */
export const serverTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});
export type ServerTableFeatures = typeof serverTableFeatures;
export type ServerTableColumns<TData extends RowData> = TableOptions<ServerTableFeatures, TData>["columns"];

interface ServerTableOptions<TData extends RowData> {
  columns: ServerTableColumns<TData>;
  /** The current page's rows, as the server returned them (stable between renders). */
  data: TData[];
  /** Rows across all pages, from the API's `total`. */
  rowCount: number | undefined;
  getRowId: (row: TData) => string;
  search: TableSearch;
}

export function useServerTable<TData extends RowData>({
  columns,
  data,
  rowCount,
  getRowId,
  search,
}: ServerTableOptions<TData>) {
  return useTable({
    features: serverTableFeatures,
    columns,
    data,
    getRowId,
    rowCount: rowCount ?? 0,
    manualPagination: true,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    state: { pagination: search.pagination, sorting: search.sorting },
    onPaginationChange: (updater) => search.setPagination(functionalUpdate(updater, search.pagination)),
    onSortingChange: (updater) => search.setSorting(functionalUpdate(updater, search.sorting)),
  });
}

export type ServerTable<TData extends RowData> = ReturnType<typeof useServerTable<TData>>;
