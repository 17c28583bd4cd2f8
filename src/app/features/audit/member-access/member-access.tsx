import { AccessReport } from "../access-report.tsx";
import { memberAccessTable } from "../access-table.ts";
import type { AuditViewProps } from "../audit-views.tsx";
import { MemberPicker } from "./member-picker.tsx";
import { useMemberChoice } from "./use-member-choice.ts";

/** One member (any of the project's): every room they hold a grant in (so can enter) as a row, each capability as a column. */
export function MemberAccess({ projectId, index }: AuditViewProps) {
  const choice = useMemberChoice(projectId, index, "memberId");
  return (
    <AccessReport
      title="Member access"
      id="memberId-report-heading"
      picker={<MemberPicker label="Member" choice={choice} />}
      choice={choice.chosen}
      empty={choice.pending ? "Loading the project's members…" : "This project has no members."}
      tableOf={(member) => {
        const table = memberAccessTable(index, member.id);
        const n = table.rows.length;
        return {
          table,
          summary: `${member.name} can enter ${n} ${n === 1 ? "room" : "rooms"}`,
          label: `Access of ${member.name}`,
          subject: `member ${member.name}`,
          none: `No access: ${member.name} holds no grant in any room, so can enter none.`,
        };
      }}
    />
  );
}
