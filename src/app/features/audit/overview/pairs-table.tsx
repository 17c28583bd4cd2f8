import { levelLabels } from "#app/components/scope-editor/level-colors.ts";
import { ColumnHead } from "../column-head.tsx";
import { ExportButtons } from "../export-buttons.tsx";
import { ShowAllButton, shownNote, useFirstRows } from "../first-rows.tsx";
import { TableScroller } from "../table-scroller.tsx";
import type { Pair } from "./overview-stats.ts";

const columns = ["room", "member", "level", "scope"] as const;
const asRow = (p: Pair) => ({
  room: p.roomName,
  member: p.userEmail,
  level: levelLabels[p.entry.level],
  scope: p.entry.summary,
});

/** (room, member) pairs as a table: the first hundred, then all on request; exports always hold all. */
export function PairsTable({ label, pairs, view }: { label: string; pairs: readonly Pair[]; view: string }) {
  const { shown, held, showAll } = useFirstRows(pairs);
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm">
          {pairs.length} {pairs.length === 1 ? "pair" : "pairs"}
          {shownNote(shown.length, pairs.length)}
        </p>
        <ExportButtons view={view} columns={columns} rows={pairs.map(asRow)} />
      </div>
      <TableScroller label={`${label}, scrollable`}>
        <table className="w-full text-sm" aria-label={label}>
          <ColumnHead columns={columns} />
          <tbody>
            {shown.map((p) => (
              <tr key={`${p.roomId}/${p.userId}`} className="border-t border-line align-top">
                <td className="px-3 py-2">{p.roomName}</td>
                <td className="px-3 py-2">{p.userEmail}</td>
                <td className="px-3 py-2">{levelLabels[p.entry.level]}</td>
                <td className="px-3 py-2">{p.entry.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      {held && <ShowAllButton total={pairs.length} noun="pairs" onClick={showAll} />}
    </div>
  );
}
