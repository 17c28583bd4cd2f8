/** The header row of an audit table whose columns are named by their export keys. */
export function ColumnHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead className="bg-subtle text-left">
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className="px-3 py-2 capitalize">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
