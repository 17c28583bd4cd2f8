import type { RowData } from "@tanstack/react-table";
import { useId } from "react";
import { Button } from "../ui/button.tsx";
import type { ServerTable } from "./use-server-table.ts";
import { PAGE_SIZES } from "./use-table-search-params.ts";

interface PaginationProps<TData extends RowData> {
  table: ServerTable<TData>;
  noun: readonly [string, string];
  loading: boolean;
}

export function DataTablePagination<TData extends RowData>({ table, noun, loading }: PaginationProps<TData>) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  const pageCount = Math.max(table.getPageCount(), 1);
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(total, (pageIndex + 1) * pageSize);
  const summary = loading
    ? `Loading ${noun[1]}…`
    : total === 0
      ? `No ${noun[1]}`
      : `${first}–${last} of ${total.toLocaleString()} ${total === 1 ? noun[0] : noun[1]}`;

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted" aria-live="polite" data-testid="row-summary">
        {summary}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId} className="text-muted">
            Rows per page
          </label>
          <select
            id={sizeId}
            value={pageSize}
            onChange={(event) => table.setPageSize(Number(event.target.value))}
            className="h-8 rounded-md border border-line bg-surface px-2 text-sm"
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        <nav aria-label="Pagination" className="flex items-center gap-1">
          <span className="mr-2 text-muted">
            Page {pageIndex + 1} of {pageCount}
          </span>
          <Button
            size="sm"
            onClick={() => table.firstPage()}
            disabled={!table.getCanPreviousPage()}
            aria-label="First page"
          >
            «
          </Button>
          <Button size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Previous
          </Button>
          <Button size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Next
          </Button>
          <Button size="sm" onClick={() => table.lastPage()} disabled={!table.getCanNextPage()} aria-label="Last page">
            »
          </Button>
        </nav>
      </div>
    </div>
  );
}
