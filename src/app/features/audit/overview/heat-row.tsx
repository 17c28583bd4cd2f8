import { memo } from "react";
import { Link } from "react-router";
import { privilegeLevels } from "#api/scope/level.ts";
import { levelBadgeClasses, levelLabels, levelSwatchClasses } from "#app/components/scope-editor/level-colors.ts";
import type { HeatAxis, HeatRow } from "./overview-aggregates.ts";

interface HeatRowViewProps {
  axis: HeatAxis;
  row: HeatRow;
  /** The row's place among all rows (1 is the header), for a virtualised table. */
  rowIndex: number;
  measure?: (element: Element | null) => void;
}

/** One room's (or member's) grants by level: each count links to the pairs behind it, with a bar for its share. */
export const HeatRowView = memo(function HeatRowView({ axis, row, rowIndex, measure }: HeatRowViewProps) {
  return (
    <tr ref={measure} data-index={rowIndex - 2} aria-rowindex={rowIndex} className="border-t border-line">
      <th scope="row" className="max-w-64 truncate px-3 py-1.5 text-left font-normal">
        {row.label}
      </th>
      {privilegeLevels.map((level) => {
        const n = row.counts[level];
        return (
          <td key={level} className={`px-3 py-1.5 ${n > 0 ? levelBadgeClasses[level] : ""}`}>
            {n === 0 ? (
              <span className="text-muted">0</span>
            ) : (
              <Link
                to={`?view=overview&show=${axis}&id=${encodeURIComponent(row.id)}&level=${level}`}
                className="grid gap-0.5 underline-offset-2 hover:underline"
              >
                <span>
                  {n}
                  <span className="sr-only">
                    {" "}
                    {levelLabels[level]} {n === 1 ? "grant" : "grants"} {axis === "room" ? "in" : "of"} {row.label}
                  </span>
                </span>
                <span aria-hidden="true" className="h-1 rounded bg-current/15">
                  <span
                    className={`block h-1 rounded ${levelSwatchClasses[level]}`}
                    style={{ width: `${Math.max(8, Math.round((100 * n) / row.total))}%` }}
                  />
                </span>
              </Link>
            )}
          </td>
        );
      })}
      <td className="px-3 py-1.5">{row.total}</td>
    </tr>
  );
});
