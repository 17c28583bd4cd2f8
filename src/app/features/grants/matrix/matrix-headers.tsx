import type { CSSProperties } from "react";
import type { AxisItem } from "./use-matrix-axes.ts";

interface AxisHeaderProps {
  kind: "row" | "col";
  index: number;
  item: AxisItem;
  style: CSSProperties;
  /** Selects (or unselects) the whole row or column. */
  onSelect: () => void;
}

const grants = (n: number) => `${n} ${n === 1 ? "grant" : "grants"}`;

/** A room's or member's header: its name, its total, and a button that selects its whole line. */
export function AxisHeader({ kind, index, item, style, onSelect }: AxisHeaderProps) {
  const select = (
    <button
      type="button"
      tabIndex={-1}
      onClick={(event) => {
        event.stopPropagation();
        onSelect();
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
        style={style}
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
      style={style}
    >
      <span className="max-h-24 truncate [writing-mode:vertical-rl] rotate-180" title={item.label}>
        {item.label}
      </span>
      {select}
    </div>
  );
}
