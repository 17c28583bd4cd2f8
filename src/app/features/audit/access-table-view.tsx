import type { AccessTable } from "./access-table.ts";
import { TableScroller } from "./table-scroller.tsx";

/** An access table as the audit shows it: the first column names each row (a row header). */
export function AccessTableView({ label, table }: { label: string; table: AccessTable }) {
  const [first, ...rest] = table.columns;
  return (
    <TableScroller label={`${label}, scrollable`}>
      <table className="w-full text-sm" aria-label={label}>
        <thead className="bg-subtle text-left">
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="px-2 py-2 align-bottom font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row[first ?? ""]} className="border-t border-line">
              <th scope="row" className="px-2 py-1.5 text-left font-normal break-all">
                {row[first ?? ""]}
              </th>
              {rest.map((c) => (
                <td key={c} className={`px-2 py-1.5 ${row[c] === "no" ? "text-muted" : ""}`}>
                  {row[c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
