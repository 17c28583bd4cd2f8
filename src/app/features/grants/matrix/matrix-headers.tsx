import { memo } from "react";
import type { AxisItem } from "./use-matrix-axes.ts";

interface AxisHeaderProps {
  kind: "row" | "col";
  index: number;
  item: AxisItem;
  /** A column header's left edge (row headers stick to the left). */
  left?: number;
  width: number;
  height: number;
  /** Selects (or unselects) the whole row or column. */
  onSelect: (line: { row: number } | { col: number }) => void;
}

const grants = (n: number) => `${n} ${n === 1 ? "grant" : "grants"}`;

/** A room's or member's header: its name, its total, and a button that selects its whole line. */
export const AxisHeader = memo(function AxisHeader({
  kind,
  index,
  item,
  left,
  width,
  height,
  onSelect,
}: AxisHeaderProps) {
  const select = (
    <button
      type="button"
      tabIndex={-1}
      onClick={(event) => {
        event.stopPropagation();
        onSelect(kind === "row" ? { row: index } : { col: index });
      }}
      title={`Select every cell of ${item.label}`}
      aria-label={`${grants(item.count)}: select ${kind === "row" ? "row" : "column"} ${item.label}`}
      className="shrink-0 rounded px-1 text-xs text-muted hover:bg-subtle hover:text-fg"
    >
      {grants(item.count)}
    </button>
  );
  if (kind === "row") {
    return (
      // biome-ignore lint/a11y/useSemanticElements: a header of the ARIA grid, virtualised on both axes (no <table> layout)
      <div
        role="rowheader"
        tabIndex={-1}
        aria-colindex={1}
        className="sticky left-0 z-10 flex items-center gap-2 border-r border-b border-line bg-surface px-2 text-sm"
        style={{ left, width, height }}
      >
        <span className="min-w-0 flex-1 truncate" title={item.label}>
          {item.label}
        </span>
        {select}
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a header of the ARIA grid, virtualised on both axes (no <table> layout)
    <div
      role="columnheader"
      tabIndex={-1}
      aria-colindex={index + 2}
      className="absolute top-0 flex flex-col items-center justify-end gap-1 border-r border-b border-line bg-surface pb-1 text-xs"
      style={{ left, width, height }}
    >
      <span className="max-h-24 truncate [writing-mode:vertical-rl] rotate-180" title={item.label}>
        {item.label}
      </span>
      {select}
    </div>
  );
});
