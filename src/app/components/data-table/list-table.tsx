import type { RowData } from "@tanstack/react-table";
import type { ReactNode } from "react";
import type { DataTableQuery } from "./data-table.tsx";
import { DataTableBody } from "./data-table-body.tsx";
import { DataTableFrame } from "./data-table-frame.tsx";
import type { ServerTable } from "./use-server-table.ts";

const SKELETON_ROWS = 3;

interface ListTableProps<TData extends RowData> {
  /** From `useListTable`. */
  table: ServerTable<TData>;
  query: DataTableQuery;
  /** The accessible name of the table. */
  caption: string;
  /** Shown when the list is empty: say what it is and offer the next action. */
  empty: ReactNode;
}

/** A list the API answers whole, in the shared table: sortable headers, skeleton, error with Retry, empty state. */
export function ListTable<TData extends RowData>({ table, query, caption, empty }: ListTableProps<TData>) {
  return (
    <DataTableFrame table={table} caption={caption} aria-busy={query.isFetching || undefined}>
      <DataTableBody table={table} query={query} skeletonRows={SKELETON_ROWS} empty={empty} />
    </DataTableFrame>
  );
}
