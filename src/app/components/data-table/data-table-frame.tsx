import type { RowData } from "@tanstack/react-table";
import type { ComponentProps, ReactNode } from "react";
import { DataTableHead } from "./data-table-head.tsx";
import type { ServerTable } from "./use-server-table.ts";

interface DataTableFrameProps<TData extends RowData> extends Omit<ComponentProps<"table">, "children"> {
  table: ServerTable<TData>;
  /** The accessible name of the table, e.g. "Rooms". */
  caption: string;
  /** The body: rows, or a message saying why there are none. */
  children: ReactNode;
}

/** The bordered, horizontally scrolling table every list is drawn in, with its caption and header row. */
export function DataTableFrame<TData extends RowData>({
  table,
  caption,
  children,
  className = "",
  ...tableProps
}: DataTableFrameProps<TData>) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface shadow-xs">
      <table className={`w-full border-collapse text-left text-sm ${className}`} {...tableProps}>
        <caption className="sr-only">{caption}</caption>
        <DataTableHead table={table} />
        {children}
      </table>
    </div>
  );
}
