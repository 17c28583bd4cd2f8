import { memo } from "react";
import { levelBadgeClasses } from "#app/components/scope-editor/level-colors.ts";
import { Tooltip } from "#app/components/ui/tooltip.tsx";
import type { ScopeEntry } from "#app/lib/access-index/access-index.ts";
import { CELL_W, cellId } from "./matrix-geometry.ts";

export interface MatrixCellProps {
  row: number;
  col: number;
  left: number;
  roomName: string;
  userEmail: string;
  /** The grant's scope entry; undefined: no grant here. */
  entry: ScopeEntry | undefined;
  /** The lens is on and this cell does not hold what it looks for. */
  dimmed: boolean;
  selected: boolean;
  active: boolean;
  /** Shows the full summary beside the cell (hovered, or active while the grid has keyboard focus). */
  tip: boolean;
}

/** What a screen reader hears: room, member, summary. */
export const cellLabel = (roomName: string, userEmail: string, entry: ScopeEntry | undefined) =>
  `${roomName}, ${userEmail}: ${entry ? `${entry.summary} (${entry.label})` : "no grant"}`;

/** The tooltip: who and where, then the summary, then one line per grant with its paths. */
export const cellTooltip = (roomName: string, userEmail: string, entry: ScopeEntry | undefined) =>
  [
    `${userEmail} in ${roomName}`,
    ...(entry ? [`${entry.summary} (${entry.label})`, ...entry.details] : ["No grant"]),
  ].join("\n");

/** One cell: the grant's glyphs on its privilege level's colour; empty when there is none. Clicks are handled by the grid. */
export const MatrixCell = memo(function MatrixCell(p: MatrixCellProps) {
  const level = p.entry?.level ?? null;
  const colour = level === null || p.dimmed ? "" : levelBadgeClasses[level];
  const cell = (
    // biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA grid, virtualised on both axes (no <table> layout)
    <div
      id={cellId(p.row, p.col)}
      role="gridcell"
      tabIndex={-1}
      aria-colindex={p.col + 2}
      aria-selected={p.selected}
      aria-label={cellLabel(p.roomName, p.userEmail, p.entry)}
      data-level={level ?? "empty"}
      data-dimmed={p.dimmed || undefined}
      className={`absolute top-0 flex h-full cursor-pointer items-center justify-center overflow-hidden border-r border-b border-line px-0.5 font-mono text-[11px] leading-none font-semibold tracking-tight ${colour} ${p.dimmed ? "opacity-60" : ""} ${p.selected ? "outline-2 -outline-offset-2 outline-accent" : ""} ${p.active ? "ring-2 ring-inset ring-fg" : ""}`}
      style={{ left: p.left, width: CELL_W }}
    >
      {level !== null && !p.dimmed ? (
        <span aria-hidden="true" className="truncate">
          {p.entry?.glyphs || "·"}
        </span>
      ) : level !== null ? (
        <span aria-hidden="true" className="size-1.5 rounded-full bg-zinc-400 dark:bg-zinc-500" />
      ) : null}
    </div>
  );
  if (!p.tip) return cell;
  return (
    <Tooltip content={cellTooltip(p.roomName, p.userEmail, p.entry)} open side="bottom">
      {cell}
    </Tooltip>
  );
});
