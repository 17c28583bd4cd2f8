import type { RowData } from "@tanstack/react-table";
import type { ReactNode } from "react";
import type { DataTableQuery } from "./data-table.tsx";
import { DataTableMessage } from "./data-table-message.tsx";
import { DataTableRows } from "./data-table-rows.tsx";
import type { ServerTable } from "./use-server-table.ts";

export interface DataTableBodyProps<TData extends RowData> {
  table: ServerTable<TData>;
  query: DataTableQuery;
  /** Placeholder rows while the first answer is awaited. */
  skeletonRows: number;
  /** Shown when the list is empty without a filter: say what it is and offer the next action. */
  empty: ReactNode;
  /** The filter that left no rows, and how to clear it; absent when the list is not filtered. */
  noMatch?: { noun: string; filter: string; onClear: () => void };
}

/** The rows, or skeleton rows while loading, or a message saying why there are none (error with Retry, empty, no match). */
export function DataTableBody<TData extends RowData>({
  table,
  query,
  skeletonRows,
  empty,
  noMatch,
}: DataTableBodyProps<TData>) {
  const columns = table.getAllLeafColumns();
  const span = columns.length;
  const retry = () => void query.refetch();

  if (query.isPending) {
    return (
      <tbody aria-hidden="true">
        {Array.from({ length: skeletonRows }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
          <tr key={index} className="border-b border-line last:border-0">
            {columns.map((column) => (
              <td key={column.id} className="h-11 px-4">
                <div className="skeleton h-3.5 w-3/4" />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    );
  }
  if (table.getRowModel().rows.length > 0) {
    const stale = query.isError && <DataTableMessage span={span} kind="stale" error={query.error} onRetry={retry} />;
    return <DataTableRows table={table} notice={stale} />;
  }
  return (
    <tbody>
      {query.isError ? (
        <DataTableMessage span={span} kind="error" error={query.error} onRetry={retry} />
      ) : noMatch ? (
        <DataTableMessage span={span} kind="no-match" {...noMatch} />
      ) : (
        <DataTableMessage span={span} kind="empty">
          {empty}
        </DataTableMessage>
      )}
    </tbody>
  );
}
