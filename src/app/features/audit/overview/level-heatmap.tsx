import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, useState } from "react";
import { privilegeLevels } from "#api/scope/level.ts";
import { levelLabels } from "#app/components/scope-editor/level-colors.ts";
import { Button } from "#app/components/ui/button.tsx";
import { usePrinting } from "#app/lib/use-printing.ts";
import { HeatRowView } from "./heat-row.tsx";
import type { HeatAxis, HeatRow } from "./overview-aggregates.ts";

const TOP = 15;
// A row's height (a count above its bar) and the header's, before the virtualiser measures them.
const ROW_H = 45;
const HEAD_H = 37;

interface LevelHeatmapProps {
  axis: HeatAxis;
  rows: readonly HeatRow[];
}

/**
 * Grants per privilege level, one row per room (or member), most privileged first: the top rows,
 * then all on request, in a scrolling table that renders only the rows in view (thousands of
 * members would otherwise be tens of thousands of elements). Each cell is its number (a link to
 * the pairs behind it), a bar for its share of the row, and its level's colour. A printed page holds
 * every row, in a plain table: the virtual window would print only the rows in view.
 */
export function LevelHeatmap({ axis, rows }: LevelHeatmapProps) {
  const [all, setAll] = useState(false);
  const printing = usePrinting();
  const virtualised = all && !printing;
  const scrollRef = useRef<HTMLElement>(null);
  const virtual = useVirtualizer({
    count: virtualised ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    paddingStart: HEAD_H,
    overscan: 8,
  });
  const items = virtual.getVirtualItems();
  const shown = virtualised
    ? items.flatMap((item) => {
        const row = rows[item.index];
        return row ? [{ row, index: item.index }] : [];
      })
    : (printing ? rows : rows.slice(0, TOP)).map((row, index) => ({ row, index }));
  const before = virtualised ? (items[0]?.start ?? HEAD_H) - HEAD_H : 0;
  const after = virtualised ? virtual.getTotalSize() - (items.at(-1)?.end ?? HEAD_H) : 0;
  const noun = axis === "room" ? "room" : "member";
  const title = `Privilege level by ${noun}`;
  return (
    <section aria-labelledby={`heat-${axis}`} className="grid gap-2">
      <h3 id={`heat-${axis}`} className="font-semibold">
        {title}
      </h3>
      <p className="text-xs text-muted">
        {rows.length} {noun}s hold grants;{" "}
        {all || printing || rows.length <= TOP ? "all shown" : `the ${TOP} most privileged shown`}.
      </p>
      <section
        ref={scrollRef}
        aria-label={`${title}, scrollable`}
        className={`overflow-auto rounded-md border border-line print:overflow-visible ${virtualised ? "max-h-[36rem]" : ""}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling table must be reachable by keyboard to scroll it.
        tabIndex={0}
      >
        <table
          className="w-full text-sm"
          aria-label={title}
          aria-rowcount={rows.length + 1}
          data-rows={all || printing ? "all" : "top"}
        >
          <thead className="sticky top-0 z-10 bg-subtle text-left">
            <tr aria-rowindex={1}>
              <th scope="col" className="px-3 py-2 capitalize">
                {noun}
              </th>
              {privilegeLevels.map((level) => (
                <th key={level} scope="col" className="px-3 py-2">
                  {levelLabels[level]}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                Grants
              </th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && <tr style={{ height: before }} />}
            {shown.map(({ row, index }) => (
              <HeatRowView
                key={row.id}
                axis={axis}
                row={row}
                rowIndex={index + 2}
                measure={virtualised ? virtual.measureElement : undefined}
              />
            ))}
            {after > 0 && <tr style={{ height: after }} />}
          </tbody>
        </table>
      </section>
      {rows.length > TOP && !printing && (
        <Button size="sm" className="justify-self-start" onClick={() => setAll(!all)}>
          {all ? `Show the ${TOP} most privileged` : `Show all ${rows.length} ${noun}s`}
        </Button>
      )}
    </section>
  );
}
