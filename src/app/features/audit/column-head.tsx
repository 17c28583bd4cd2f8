import type { ReactNode } from "react";

/** The header row of an audit table whose columns are named by their export keys; `children` adds headers after them. */
export function ColumnHead({ columns, children }: { columns: readonly string[]; children?: ReactNode }) {
  return (
    <thead className="bg-subtle text-left">
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className="px-3 py-2 capitalize">
            {c}
          </th>
        ))}
        {children}
      </tr>
    </thead>
  );
}
