import type { RowData } from "@tanstack/react-table";
import type { DataTableProps } from "./data-table.tsx";
import { DataTableMessage } from "./data-table-message.tsx";

const MAX_SKELETON_ROWS = 10;

export function DataTableBody<TData extends RowData>({ table, query, search, noun, empty }: DataTableProps<TData>) {
  const columns = table.getAllLeafColumns();
  const rows = table.getRowModel().rows;
  const span = columns.length;

  if (query.isPending) {
    const count = Math.min(search.pagination.pageSize, MAX_SKELETON_ROWS);
    return (
      <tbody aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
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
  if (query.isError && rows.length === 0) {
    return <DataTableMessage span={span} kind="error" error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (rows.length === 0) {
    return search.filter ? (
      <DataTableMessage
        span={span}
        kind="no-match"
        noun={noun[1]}
        filter={search.filter}
        onClear={() => search.setFilter("")}
      />
    ) : (
      <DataTableMessage span={span} kind="empty">
        {empty}
      </DataTableMessage>
    );
  }
  return (
    <tbody>
      {query.isError && (
        <DataTableMessage span={span} kind="stale" error={query.error} onRetry={() => void query.refetch()} />
      )}
      {rows.map((row) => (
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
