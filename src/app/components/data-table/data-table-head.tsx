import type { RowData } from "@tanstack/react-table";
import { SortIcon } from "../ui/icons.tsx";
import type { ServerTable } from "./use-server-table.ts";

const ariaSort = { asc: "ascending", desc: "descending" } as const;

export function DataTableHead<TData extends RowData>({ table }: { table: ServerTable<TData> }) {
  return (
    <thead className="border-b border-line bg-subtle/60 text-xs font-medium tracking-wide text-muted uppercase">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const column = header.column;
            const sorted = column.getIsSorted();
            const className = column.columnDef.meta?.className ?? "";
            return (
              <th
                key={header.id}
                scope="col"
                className={`h-10 px-4 font-medium ${className}`}
                aria-sort={sorted ? ariaSort[sorted] : undefined}
              >
                {header.isPlaceholder ? null : column.getCanSort() ? (
                  <button
                    type="button"
                    onClick={column.getToggleSortingHandler()}
                    className="-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 uppercase hover:text-fg"
                  >
                    <table.FlexRender header={header} />
                    <SortIcon direction={sorted} />
                    <span className="sr-only">
                      {sorted === "asc" ? ", sorted ascending" : sorted === "desc" ? ", sorted descending" : ""}
                    </span>
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
