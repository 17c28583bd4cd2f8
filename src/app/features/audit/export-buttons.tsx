import { Button } from "#app/components/ui/button.tsx";
import { type Column, download, evidenceName, type Row, toCsv } from "./evidence.ts";

/** Exports exactly the rows a view shows, as CSV and as JSON. */
export function ExportButtons({ view, columns, rows }: { view: string; columns: readonly Column[]; rows: Row[] }) {
  const name = evidenceName(view);
  return (
    <div className="flex gap-2 print:hidden">
      <Button size="sm" onClick={() => download(`${name}.csv`, toCsv(columns, rows), "text/csv")}>
        Export CSV
      </Button>
      <Button
        size="sm"
        onClick={() => download(`${name}.json`, `${JSON.stringify(rows, null, 2)}\n`, "application/json")}
      >
        Export JSON
      </Button>
      <Button size="sm" variant="ghost" onClick={() => window.print()}>
        Print report
      </Button>
    </div>
  );
}
