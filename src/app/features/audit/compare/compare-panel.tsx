import { useSearchParams } from "react-router";
import { SearchCombobox } from "#app/components/search-combobox/search-combobox.tsx";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { AccessTableView } from "../access-table-view.tsx";
import type { AuditViewProps } from "../audit-views.tsx";
import { ExportButtons } from "../export-buttons.tsx";
import { MemberPicker } from "../member-access/member-picker.tsx";
import { useMemberChoice } from "../member-access/use-member-choice.ts";
import { ReportHeading } from "../report-heading.tsx";
import { ChoicePicker, useRoomChoices, useUrlChoice } from "../url-choice.tsx";
import { type CompareBy, compareAccess } from "./compare-access.ts";

const kinds = [
  { id: "members", name: "Two members" },
  { id: "rooms", name: "Two rooms" },
] as const;

/** Two members (room by room; any of the project's) or two rooms (member by member), capability by capability; choices in the URL. */
export function ComparePanel({ projectId, index }: AuditViewProps) {
  const [params, setParams] = useSearchParams();
  const [kind, chooseKind] = useUrlChoice("by", kinds);
  const by: CompareBy = kind?.id === "rooms" ? "rooms" : "members";
  const byMembers = by === "members";
  const rooms = useRoomChoices(index);
  const [roomA, chooseRoomA] = useUrlChoice("a", rooms);
  const [roomB, chooseRoomB] = useUrlChoice("b", rooms, rooms[1]);
  const memberA = useMemberChoice(projectId, index, "a", { enabled: byMembers });
  const memberB = useMemberChoice(projectId, index, "b", { nth: 1, enabled: byMembers });
  const a = byMembers ? memberA.chosen : roomA;
  const b = byMembers ? memberB.chosen : roomB;
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
        {byMembers ? (
          <>
            <MemberPicker label="First member" choice={memberA} />
            <MemberPicker label="Second member" choice={memberB} />
          </>
        ) : (
          <>
            <SearchCombobox label="First room" noun="room" options={rooms} value={roomA} onChange={chooseRoomA} />
            <SearchCombobox label="Second room" noun="room" options={rooms} value={roomB} onChange={chooseRoomB} />
          </>
        )}
      </div>
      {comparison === undefined || a === undefined || b === undefined ? (
        <p className="text-sm text-muted">
          {byMembers
            ? "Pick two different members to compare them."
            : "Pick two different rooms holding grants to compare them."}
        </p>
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
          {comparison.rows.length === 0 && comparison.differences === 0 ? (
            <p role="note" className="rounded-lg border border-line bg-subtle p-4 text-sm font-medium">
              No access on either side: neither {a.name} nor {b.name} holds a grant
              {byMembers ? " in any room" : ""}.
            </p>
          ) : (
            <AccessTableView
              label={`${a.name} compared with ${b.name}`}
              table={comparison}
              naming={2}
              // "differs" is in its own column too: colour and weight only repeat it.
              rowClass={(row) => (row.difference === "differs" ? "bg-warn-soft font-medium text-warn-fg" : "")}
            />
          )}
        </>
      )}
    </section>
  );
}
