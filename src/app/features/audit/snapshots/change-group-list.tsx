import { useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { TableScroller } from "../table-scroller.tsx";
import { type ChangeGroup, countsText, type GroupBy } from "./change-groups.ts";
import type { GrantChange } from "./snapshot-diff.ts";

const GROUPS_PAGE = 50;
const ROWS_SHOWN = 100;
/** Up to this many changes, every group starts open. */
const OPEN_UP_TO = 200;

interface ChangeGroupListProps {
  groups: readonly ChangeGroup[];
  by: GroupBy;
  onRestore: (title: string, changes: readonly GrantChange[]) => void;
}

/** The groups of changes, a page at a time (a project of 2,000 rooms can change everywhere). */
export function ChangeGroupList({ groups, by, onRestore }: ChangeGroupListProps) {
  const [shown, setShown] = useState(GROUPS_PAGE);
  const total = groups.reduce((sum, group) => sum + group.changes.length, 0);
  return (
    <div className="grid gap-4">
      {groups.slice(0, shown).map((group) => (
        <Group key={`${by}/${group.key}`} group={group} by={by} startOpen={total <= OPEN_UP_TO} onRestore={onRestore} />
      ))}
      {groups.length > shown && (
        <div>
          <Button size="sm" onClick={() => setShown((n) => n + GROUPS_PAGE)}>
            Show {Math.min(GROUPS_PAGE, groups.length - shown)} more of {groups.length - shown} {by}s
          </Button>
        </div>
      )}
    </div>
  );
}

interface GroupProps {
  group: ChangeGroup;
  by: GroupBy;
  startOpen: boolean;
  onRestore: ChangeGroupListProps["onRestore"];
}

function Group({ group, by, startOpen, onRestore }: GroupProps) {
  const [open, setOpen] = useState(startOpen);
  const whose = by === "room" ? `in room ${group.label}` : `of member ${group.label}`;
  const tableId = `snapshot-changes-${by}-${group.key}`;
  const n = group.changes.length;
  return (
    <section aria-label={`Changes ${whose}`} className="grid gap-2 rounded-md border border-line p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <UntrustedText as="h4" className="font-medium">
            {group.label}
          </UntrustedText>
          <p className="text-sm text-muted">{countsText(group.counts)}</p>
        </div>
        <div className="flex gap-2">
          <Button size="sm" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
            {open ? "Hide" : "Show"} {n} {n === 1 ? "change" : "changes"}
          </Button>
          <Button
            size="sm"
            aria-label={`Restore ${by} ${group.label} (${n} ${n === 1 ? "change" : "changes"})`}
            onClick={() => onRestore(`Restore the changes ${whose} from the snapshot`, group.changes)}
          >
            Restore {by}
          </Button>
        </div>
      </div>
      {open && <ChangeTable id={tableId} group={group} by={by} whose={whose} onRestore={onRestore} />}
    </section>
  );
}

function ChangeTable({
  id,
  group,
  by,
  whose,
  onRestore,
}: Omit<GroupProps, "startOpen"> & { id: string; whose: string }) {
  const other = (c: GrantChange) => (by === "room" ? c.user.email : c.room.name);
  const hidden = group.changes.length - ROWS_SHOWN;
  return (
    <TableScroller label={`Changes ${whose}, scrollable`}>
      <table id={id} className="w-full text-sm" aria-label={`Changes ${whose}`}>
        <thead className="bg-subtle text-left">
          <tr>
            {[by === "room" ? "Member" : "Room", "Change", "What changed"].map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {group.changes.slice(0, ROWS_SHOWN).map((c) => (
            <tr key={`${c.room.id}/${c.user.id}`} className="border-t border-line align-top">
              <td className="max-w-64 px-3 py-2">
                <UntrustedText>{other(c)}</UntrustedText>
              </td>
              <td className="px-3 py-2">{c.kind}</td>
              <td className="px-3 py-2">{c.words.join("; ")}</td>
              <td className="px-3 py-2">
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Restore ${c.user.email} in ${c.room.name}`}
                  onClick={() => onRestore(`Restore ${c.user.email} in ${c.room.name} from the snapshot`, [c])}
                >
                  Restore
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <p className="px-3 py-2 text-sm text-muted">
          And {hidden} more, in the export and in “Restore {by}”.
        </p>
      )}
    </TableScroller>
  );
}
