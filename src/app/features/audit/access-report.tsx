import type { AccessTable } from "./access-table.ts";
import { AccessTableView } from "./access-table-view.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { ReportHeading } from "./report-heading.tsx";
import { type Choice, ChoicePicker, useUrlChoice } from "./url-choice.tsx";

interface AccessReportProps {
  /** "Room access", "Member access". */
  title: string;
  /** The picker's label and URL parameter: "Room" and `roomId`. */
  picker: { label: string; param: string; options: readonly Choice[]; empty: string };
  /** The chosen room's or member's table, with the line above it and the table's name. */
  tableOf: (choice: Choice) => { table: AccessTable; summary: string; label: string; subject: string };
}

/** One room's or one member's access: a picker in the URL, a line in words, the table, its evidence. */
export function AccessReport({ title, picker, tableOf }: AccessReportProps) {
  const [choice, choose] = useUrlChoice(picker.param, picker.options);
  const shown = choice ? tableOf(choice) : undefined;
  const headingId = `${picker.param}-report-heading`;

  return (
    <section aria-labelledby={headingId} className="grid gap-4">
      <ReportHeading id={headingId} title={title} subject={shown?.subject ?? ""} />
      <ChoicePicker label={picker.label} options={picker.options} value={choice} onChange={choose} />
      {shown === undefined ? (
        <p className="text-sm text-muted">{picker.empty}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm">{shown.summary}</p>
            <ExportButtons view={shown.subject} columns={shown.table.columns} rows={shown.table.rows} />
          </div>
          <AccessTableView label={shown.label} table={shown.table} />
        </>
      )}
    </section>
  );
}
