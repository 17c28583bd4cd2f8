import { useSearchParams } from "react-router";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { AccessTableView } from "../access-table-view.tsx";
import type { AuditViewProps } from "../audit-views.tsx";
import { ExportButtons } from "../export-buttons.tsx";
import { ReportHeading } from "../report-heading.tsx";
import { ChoicePicker, memberChoices, roomChoices, useUrlChoice } from "../url-choice.tsx";
import { type CompareBy, compareAccess } from "./compare-access.ts";

const kinds = [
  { id: "members", name: "Two members" },
  { id: "rooms", name: "Two rooms" },
] as const;

/** Two members (room by room) or two rooms (member by member), capability by capability; choices in the URL. */
export function ComparePanel({ index }: AuditViewProps) {
  const [params, setParams] = useSearchParams();
  const [kind, chooseKind] = useUrlChoice("by", kinds);
  const by: CompareBy = kind?.id === "rooms" ? "rooms" : "members";
  const options =
    by === "members"
      ? memberChoices(index.users.values(), (id) => index.userCells(id).size > 0)
      : roomChoices(index.rooms.values(), (id) => index.roomCells(id).size > 0);
  const noun = by === "members" ? "member" : "room";
  const [a, chooseA] = useUrlChoice("a", options);
  const [b, chooseB] = useUrlChoice("b", options, options[1]);
  const only = params.get("only") === "1";
  const setOnly = (on: boolean) =>
    setParams((p) => {
      if (on) p.set("only", "1");
      else p.delete("only");
      return p;
    });
  const comparison = a && b && a.id !== b.id ? compareAccess(index, by, { a, b }, only) : undefined;

  return (
    <section aria-labelledby="compare-heading" className="grid gap-4">
      <ReportHeading id="compare-heading" title="Compare" subject={`${a?.name ?? ""} and ${b?.name ?? ""}`} />
      <div className="grid gap-3 sm:grid-cols-3">
        <ChoicePicker label="Compare" options={kinds} value={kind} onChange={chooseKind} />
        <ChoicePicker label={`First ${noun}`} options={options} value={a} onChange={chooseA} />
        <ChoicePicker label={`Second ${noun}`} options={options} value={b} onChange={chooseB} />
      </div>
      {comparison === undefined || a === undefined || b === undefined ? (
        <p className="text-sm text-muted">Pick two different {noun}s holding grants to compare them.</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="text-sm">
              {comparison.differences} {comparison.differences === 1 ? "capability differs" : "capabilities differ"}{" "}
              between {a.name} and {b.name}
            </p>
            <ExportButtons view={`compare ${a.name} ${b.name}`} columns={comparison.columns} rows={comparison.rows} />
          </div>
          <CheckboxField
            label="Only the differences"
            className="print:hidden"
            checked={only}
            onChange={(e) => setOnly(e.target.checked)}
          />
          <AccessTableView
            label={`${a.name} compared with ${b.name}`}
            table={comparison}
            naming={2}
            // "differs" is in its own column too: colour and weight only repeat it.
            rowClass={(row) => (row.difference === "differs" ? "bg-warn-soft font-medium text-warn-fg" : "")}
          />
        </>
      )}
    </section>
  );
}
