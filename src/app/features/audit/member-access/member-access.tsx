import { AccessReport } from "../access-report.tsx";
import { memberAccessTable } from "../access-table.ts";
import type { AuditViewProps } from "../audit-views.tsx";
import { memberChoices } from "../url-choice.tsx";

/** One member: every room they hold a grant in (so can enter) as a row, each capability as a column. */
export function MemberAccess({ index }: AuditViewProps) {
  return (
    <AccessReport
      title="Member access"
      picker={{
        label: "Member",
        param: "memberId",
        options: memberChoices(index.users.values(), (id) => index.userCells(id).size > 0),
        empty: "No member holds a grant yet.",
      }}
      tableOf={(member) => {
        const table = memberAccessTable(index, member.id);
        const n = table.rows.length;
        return {
          table,
          summary: `${member.name} can enter ${n} ${n === 1 ? "room" : "rooms"}`,
          label: `Access of ${member.name}`,
          subject: `member ${member.name}`,
        };
      }}
    />
  );
}
