import type { RowData } from "@tanstack/react-table";
import { type ReactNode, useId } from "react";
import { DataTable, type DataTableProps, type DataTableQuery } from "./data-table.tsx";
import { type ServerTableColumns, useServerTable } from "./use-server-table.ts";
import type { TableSearch } from "./use-table-search-params.ts";

/** One page of a list, as a page's data hook returns it (`useRoomsPage`, …). */
export interface PagedList<TData extends RowData> {
  search: TableSearch;
  query: DataTableQuery;
  /** The current page's rows, as the server returned them (stable between renders). */
  rows: TData[];
  /** Rows across all pages, from the API's `total`; `undefined` while unknown. */
  total: number | undefined;
}

export interface PagedTableSectionProps<TData extends RowData>
  extends Omit<DataTableProps<TData>, "table" | "caption" | "query" | "search"> {
  list: PagedList<TData>;
  /** The list's name: the table's caption, and the section's heading or label (see `titled`). */
  title: string;
  /**
   * "heading": an h2 above the list shows the title and names the section; "label": the section is
   * named without a visible heading; left out when the page around the list already names it.
   */
  titled?: "heading" | "label";
  /** Between the heading and the table: what the list is, or an alert about it. */
  intro?: ReactNode;
  columns: ServerTableColumns<TData>;
  getRowId: (row: TData) => string;
}

/**
 * One server-paged list as every page shows it: heading, filter and actions, the table with its
 * loading, empty, no-match and error rows (with Retry), and the pagination below.
 */
export function PagedTableSection<TData extends RowData>({
  title,
  titled,
  intro,
  list: { search, query, rows, total },
  columns,
  getRowId,
  ...tableProps
}: PagedTableSectionProps<TData>) {
  const headingId = useId();
  const table = useServerTable({ columns, data: rows, rowCount: total, getRowId, search });
  return (
    <section
      aria-labelledby={titled === "heading" ? headingId : undefined}
      aria-label={titled === "label" ? title : undefined}
      className="grid min-w-0 grid-cols-1 gap-3"
    >
      {titled === "heading" && (
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
      )}
      {intro}
      <DataTable {...tableProps} table={table} query={query} search={search} caption={title} />
    </section>
  );
}
