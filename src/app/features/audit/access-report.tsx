import type { ReactNode } from "react";
import type { AccessTable } from "./access-table.ts";
import { AccessTableView } from "./access-table-view.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { ReportHeading } from "./report-heading.tsx";
import type { Choice } from "./url-choice.tsx";

interface AccessReportProps {
  /** "Room access", "Member access"; `id` names the heading. */
  title: string;
  id: string;
  /** The picker of the room or member, and what it picked (undefined: nothing to pick, or loading). */
  picker: ReactNode;
  choice: Choice | undefined;
  /** Said when there is nothing to pick. */
  empty: string;
  /** The chosen room's or member's table, with the line above it, the table's name, and a note when it is empty. */
  tableOf: (choice: Choice) => { table: AccessTable; summary: string; label: string; subject: string; none: string };
}

/** One room's or one member's access: a picker in the URL, a line in words, the table, its evidence. */
export function AccessReport({ title, id, picker, choice, empty, tableOf }: AccessReportProps) {
  const shown = choice ? tableOf(choice) : undefined;

  return (
    <section aria-labelledby={id} className="grid gap-4">
      <ReportHeading id={id} title={title} subject={shown?.subject ?? ""} />
      {picker}
      {shown === undefined ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm">{shown.summary}</p>
            <ExportButtons view={shown.subject} columns={shown.table.columns} rows={shown.table.rows} />
          </div>
          {shown.table.rows.length === 0 ? (
            <p role="note" className="rounded-lg border border-line bg-subtle p-4 text-sm font-medium">
              {shown.none}
            </p>
          ) : (
            <AccessTableView label={shown.label} table={shown.table} />
          )}
        </>
      )}
    </section>
  );
}
