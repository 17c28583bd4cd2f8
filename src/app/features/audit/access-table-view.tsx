import { type Column, columnHeader, columnKey, type Row } from "./evidence.ts";
import { TableScroller } from "./table-scroller.tsx";

interface AccessTableViewProps {
  label: string;
  table: { columns: readonly Column[]; rows: readonly Row[] };
  /** The columns naming a row: the last of them is the row header; their values key the row. */
  naming?: number;
  rowClass?: (row: Row) => string;
}

/** An access table as the audit shows it: named columns, each row named by its first cells. */
export function AccessTableView({ label, table, naming = 1, rowClass }: AccessTableViewProps) {
  const keys = table.columns.map(columnKey);
  const names = keys.slice(0, naming);
  // A plain "no" is dimmed, unless rows carry their own colours (which it must not fight).
  const dim = (value: string | undefined) => (value === "no" && rowClass === undefined ? "text-muted" : "");
  return (
    <TableScroller label={`${label}, scrollable`}>
      <table className="w-full text-sm" aria-label={label}>
        <thead className="bg-subtle text-left">
          <tr>
            {table.columns.map((c) => (
              <th key={columnKey(c)} scope="col" className="px-2 py-2 align-bottom font-medium break-all">
                {columnHeader(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={names.map((n) => row[n]).join("/")} className={`border-t border-line ${rowClass?.(row) ?? ""}`}>
              {keys.map((c, i) =>
                i === naming - 1 ? (
                  <th key={c} scope="row" className="px-2 py-1.5 text-left font-[inherit] break-all">
                    {row[c]}
                  </th>
                ) : (
                  <td key={c} className={`px-2 py-1.5 ${dim(row[c])}`}>
                    {row[c]}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
