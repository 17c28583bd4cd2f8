import { useState } from "react";
import { Link } from "react-router";
import { privilegeLevels } from "#api/scope/level.ts";
import { levelBadgeClasses, levelLabels, levelSwatchClasses } from "#app/components/scope-editor/level-colors.ts";
import { Button } from "#app/components/ui/button.tsx";
import { TableScroller } from "../table-scroller.tsx";
import type { HeatAxis, HeatRow } from "./overview-stats.ts";

const TOP = 15;

interface LevelHeatmapProps {
  axis: HeatAxis;
  rows: readonly HeatRow[];
}

/**
 * Grants per privilege level, one row per room (or member), most privileged first: the top rows,
 * then all on request. Each cell is its number (a link to the pairs behind it), a bar for its share
 * of the row, and its level's colour: the number and the bar read without colour.
 */
export function LevelHeatmap({ axis, rows }: LevelHeatmapProps) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, TOP);
  const noun = axis === "room" ? "room" : "member";
  const title = `Privilege level by ${noun}`;
  return (
    <section aria-labelledby={`heat-${axis}`} className="grid gap-2">
      <h3 id={`heat-${axis}`} className="font-semibold">
        {title}
      </h3>
      <p className="text-xs text-muted">
        {rows.length} {noun}s hold grants;{" "}
        {shown.length < rows.length ? `the ${shown.length} most privileged shown` : "all shown"}.
      </p>
      <TableScroller label={`${title}, scrollable`}>
        <table className="w-full text-sm" aria-label={title}>
          <thead className="bg-subtle text-left">
            <tr>
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
            {shown.map((row) => (
              <tr key={row.id} className="border-t border-line">
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
                              {levelLabels[level]} {n === 1 ? "grant" : "grants"} {axis === "room" ? "in" : "of"}{" "}
                              {row.label}
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
            ))}
          </tbody>
        </table>
      </TableScroller>
      {rows.length > TOP && (
        <Button size="sm" className="justify-self-start" onClick={() => setAll(!all)}>
          {all ? `Show the ${TOP} most privileged` : `Show all ${rows.length} ${noun}s`}
        </Button>
      )}
    </section>
  );
}
