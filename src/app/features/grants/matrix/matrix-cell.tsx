import { memo } from "react";
import type { PrivilegeLevel } from "#api/scope/level.ts";
import { levelBadgeClasses } from "#app/components/scope-editor/level-colors.ts";

export interface MatrixCellProps {
  id: string;
  row: number;
  col: number;
  left: number;
  width: number;
  /** What a screen reader hears: room, member, summary. */
  label: string;
  glyphs: string;
  /** Null: no grant here. */
  level: PrivilegeLevel | null;
  /** The lens is on and this cell does not hold what it looks for. */
  dimmed: boolean;
  selected: boolean;
  active: boolean;
}

/** One cell: the grant's glyphs on its privilege level's colour; empty when there is none. Clicks are handled by the grid. */
export const MatrixCell = memo(function MatrixCell(p: MatrixCellProps) {
  const colour = p.level === null || p.dimmed ? "" : levelBadgeClasses[p.level];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA grid, virtualised on both axes (no <table> layout)
    <div
      id={p.id}
      role="gridcell"
      tabIndex={-1}
      aria-colindex={p.col + 2}
      aria-selected={p.selected}
      aria-label={p.label}
      data-row={p.row}
      data-col={p.col}
      data-level={p.level ?? "empty"}
      data-dimmed={p.dimmed || undefined}
      className={`absolute top-0 flex h-full cursor-pointer items-center justify-center overflow-hidden border-r border-b border-line px-0.5 font-mono text-[11px] leading-none font-semibold tracking-tight ${colour} ${p.dimmed ? "opacity-60" : ""} ${p.selected ? "outline-2 -outline-offset-2 outline-accent" : ""} ${p.active ? "ring-2 ring-inset ring-fg" : ""}`}
      style={{ left: p.left, width: p.width }}
    >
      {p.level !== null && !p.dimmed ? (
        <span aria-hidden="true" className="truncate">
          {p.glyphs || "·"}
        </span>
      ) : p.level !== null ? (
        <span aria-hidden="true" className="size-1.5 rounded-full bg-zinc-400 dark:bg-zinc-500" />
      ) : null}
    </div>
  );
});
