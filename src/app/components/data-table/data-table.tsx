import type { RowData } from "@tanstack/react-table";
import { type ReactNode, useId } from "react";
import { DataTableBody } from "./data-table-body.tsx";
import { DataTableFilter } from "./data-table-filter.tsx";
import { DataTableFrame } from "./data-table-frame.tsx";
import { DataTablePagination } from "./data-table-pagination.tsx";
import { useClampPage } from "./use-clamp-page.ts";
import type { ServerTable } from "./use-server-table.ts";
import type { TableSearch } from "./use-table-search-params.ts";

const MAX_SKELETON_ROWS = 10;

/** What the table needs to know about the query behind it. */
export interface DataTableQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

export interface DataTableProps<TData extends RowData> {
  table: ServerTable<TData>;
  query: DataTableQuery;
  search: TableSearch;
  /** The accessible name of the table, e.g. "Rooms". */
  caption: string;
  /** Singular and plural of what a row is, e.g. ["room", "rooms"]. */
  noun: readonly [string, string];
  /** Label of the filter box; omit when the API cannot filter this list. */
  filterLabel?: string;
  /** Shown when the list is empty without a filter: say what it is and offer the next action. */
  empty: ReactNode;
  /** Buttons next to the filter (e.g. "Create room"). */
  actions?: ReactNode;
  /** How the rows are ordered when the API cannot sort them: said above the table, and describes it. */
  orderNote?: string;
}

/** The one table for every list: server-side paging, sorting and filtering, state in the URL. */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  const { table, query, search, caption, filterLabel, actions, orderNote } = props;
  const noteId = useId();
  const settled = !query.isPending && !query.isError && !query.isPlaceholderData;
  const pastEnd = useClampPage(search, settled ? table.getRowCount() : undefined);
  return (
    <div className="grid grid-cols-1 gap-3">
      {(filterLabel || actions) && (
        <div className="flex flex-wrap items-end justify-between gap-3">
          {filterLabel ? (
            <DataTableFilter label={filterLabel} value={search.filter} onChange={search.setFilter} />
          ) : (
            <span />
          )}
          {actions && <div className="flex gap-2">{actions}</div>}
        </div>
      )}
      {orderNote && (
        <p id={noteId} className="text-xs text-muted">
          {orderNote}
        </p>
      )}
      <DataTableFrame
        table={table}
        caption={caption}
        className={`transition-opacity ${query.isPlaceholderData ? "opacity-60" : ""}`}
        aria-busy={query.isFetching || undefined}
        aria-describedby={orderNote ? noteId : undefined}
      >
        <DataTableBody
          table={table}
          query={pastEnd ? { ...query, isPending: true } : query}
          skeletonRows={Math.min(search.pagination.pageSize, MAX_SKELETON_ROWS)}
          empty={props.empty}
          noMatch={
            search.filter
              ? { noun: props.noun[1], filter: search.filter, onClear: () => search.setFilter("") }
              : undefined
          }
        />
      </DataTableFrame>
      <DataTablePagination table={table} noun={props.noun} loading={query.isPending || pastEnd} />
    </div>
  );
}
