import { memo, type ReactNode } from "react";
import { type ColRange, cellLeft, HEAD_H, HEAD_W } from "./matrix-geometry.ts";
import { AxisHeader } from "./matrix-headers.tsx";
import type { AxisItem } from "./use-matrix-axes.ts";

interface MatrixHeaderRowProps {
  cols: readonly AxisItem[];
  colRange: ColRange;
  width: number;
  roomsAreRows: boolean;
  onSelectLine: (line: { row: number } | { col: number }) => void;
}

/** The sticky first row: the corner, then one header per visible column. */
export const MatrixHeaderRow = memo(function MatrixHeaderRow(p: MatrixHeaderRowProps) {
  const headers: ReactNode[] = [];
  for (let col = p.colRange.first; col <= p.colRange.last; col++) {
    const item = p.cols[col];
    if (item)
      headers.push(
        <AxisHeader
          key={item.id}
          kind="col"
          index={col}
          item={item}
          left={cellLeft(col)}
          width={cellLeft(col + 1) - cellLeft(col)}
          height={HEAD_H}
          onSelect={p.onSelectLine}
        />,
      );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of the ARIA grid, virtualised on both axes (no <table> layout)
    <div
      role="row"
      tabIndex={-1}
      aria-rowindex={1}
      className="sticky top-0 z-20 flex bg-surface"
      style={{ width: p.width, height: HEAD_H }}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: as above */}
      <div
        role="columnheader"
        tabIndex={-1}
        aria-colindex={1}
        className="sticky left-0 z-30 flex items-end border-r border-b border-line bg-surface p-2 text-xs text-muted"
        style={{ width: HEAD_W, height: HEAD_H }}
      >
        {p.roomsAreRows ? "Rooms \\ members" : "Members \\ rooms"}
      </div>
      {headers}
    </div>
  );
});
