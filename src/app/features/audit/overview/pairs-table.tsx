import { useState } from "react";
import { levelLabels } from "#app/components/scope-editor/level-colors.ts";
import { Button } from "#app/components/ui/button.tsx";
import { ColumnHead } from "../column-head.tsx";
import { ExportButtons } from "../export-buttons.tsx";
import { TableScroller } from "../table-scroller.tsx";
import type { Pair } from "./overview-stats.ts";

const FIRST = 100;
const columns = ["room", "member", "level", "scope"] as const;
const asRow = (p: Pair) => ({
  room: p.roomName,
  member: p.userEmail,
  level: levelLabels[p.entry.level],
  scope: p.entry.summary,
});

/** (room, member) pairs as a table: the first hundred, then all on request; exports always hold all. */
export function PairsTable({ label, pairs, view }: { label: string; pairs: readonly Pair[]; view: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? pairs : pairs.slice(0, FIRST);
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm">
          {pairs.length} {pairs.length === 1 ? "pair" : "pairs"}
          {shown.length < pairs.length && `, the first ${shown.length} shown`}
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
      {shown.length < pairs.length && (
        <Button size="sm" className="justify-self-start" onClick={() => setAll(true)}>
          Show all {pairs.length} pairs
        </Button>
      )}
    </div>
  );
}
