import type { RowData } from "@tanstack/react-table";
import type { DataTableProps } from "./data-table.tsx";
import { DataTableMessage } from "./data-table-message.tsx";
import { DataTableRows } from "./data-table-rows.tsx";

const MAX_SKELETON_ROWS = 10;

export function DataTableBody<TData extends RowData>({ table, query, search, noun, empty }: DataTableProps<TData>) {
  const columns = table.getAllLeafColumns();
  const span = columns.length;
  const retry = () => void query.refetch();

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
  if (table.getRowModel().rows.length > 0) {
    const stale = query.isError && <DataTableMessage span={span} kind="stale" error={query.error} onRetry={retry} />;
    return <DataTableRows table={table} notice={stale} />;
  }
  return (
    <tbody>
      {query.isError ? (
        <DataTableMessage span={span} kind="error" error={query.error} onRetry={retry} />
      ) : search.filter ? (
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
      )}
    </tbody>
  );
}
