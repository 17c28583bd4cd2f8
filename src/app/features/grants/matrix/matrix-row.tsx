import { memo, type ReactNode } from "react";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { MatrixCell } from "./matrix-cell.tsx";
import { type ColRange, cellLeft, HEAD_W } from "./matrix-geometry.ts";
import { AxisHeader } from "./matrix-headers.tsx";
import { cellKey, type Selection } from "./matrix-selection.ts";
import type { AxisItem } from "./use-matrix-axes.ts";

export interface MatrixRowProps {
  item: AxisItem;
  row: number;
  top: number;
  height: number;
  width: number;
  cols: readonly AxisItem[];
  colRange: ColRange;
  roomsAreRows: boolean;
  index: AccessIndex | null;
  /** Stands for the index's contents, changed in place: a new version re-renders the row. */
  version: number;
  /** With a lens on: whether each scope (by id) holds what it looks for. */
  lensHolds: readonly boolean[] | null;
  selection: Selection;
  /** The active cell's column when it is in this row, else −1; likewise the cell showing its tooltip. */
  activeCol: number;
  tipCol: number;
  onSelectLine: (line: { row: number } | { col: number }) => void;
}

/**
 * One row of the grid: its header and the visible cells. Memoised on plain values, so a row whose
 * columns, cells and state did not change is not rendered again while the grid scrolls.
 */
export const MatrixRow = memo(function MatrixRow(p: MatrixRowProps) {
  const { item, row, cols, index, lensHolds, selection } = p;
  const cells: ReactNode[] = [];
  for (let col = p.colRange.first; col <= p.colRange.last; col++) {
    const other = cols[col];
    if (!other) continue;
    const [room, member] = p.roomsAreRows ? [item, other] : [other, item];
    const scopeId = index?.roomCells(room.id).get(member.id);
    const entry = scopeId === undefined ? undefined : index?.scopes[scopeId];
    cells.push(
      <MatrixCell
        key={col}
        row={row}
        col={col}
        left={cellLeft(col)}
        roomName={room.label}
        userEmail={member.label}
        entry={entry}
        dimmed={lensHolds !== null && (scopeId === undefined || lensHolds[scopeId] !== true)}
        selected={selection.has(cellKey(room.id, member.id))}
        active={col === p.activeCol}
        tip={col === p.tipCol}
      />,
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of the ARIA grid, virtualised on both axes (no <table> layout)
    <div
      role="row"
      tabIndex={-1}
      aria-rowindex={row + 2}
      className="absolute left-0 flex"
      style={{ top: p.top, height: p.height, width: p.width }}
    >
      <AxisHeader kind="row" index={row} item={item} width={HEAD_W} height={p.height} onSelect={p.onSelectLine} />
      {cells}
    </div>
  );
});
