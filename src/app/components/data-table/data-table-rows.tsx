import type { RowData } from "@tanstack/react-table";
import type { ReactNode } from "react";
import type { ServerTable } from "./use-server-table.ts";

interface DataTableRowsProps<TData extends RowData> {
  table: ServerTable<TData>;
  /** A full-width row above the others (e.g. "Showing earlier results"). */
  notice?: ReactNode;
}

/** The table's rows, each cell styled by its column's `meta.className`. */
export function DataTableRows<TData extends RowData>({ table, notice }: DataTableRowsProps<TData>) {
  return (
    <tbody>
      {notice}
      {table.getRowModel().rows.map((row) => (
        <tr key={row.id} className="border-b border-line last:border-0 hover:bg-subtle/50">
          {row.getAllCells().map((cell) => (
            <td key={cell.id} className={`h-11 px-4 ${cell.column.columnDef.meta?.className ?? ""}`}>
              <table.FlexRender cell={cell} />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
