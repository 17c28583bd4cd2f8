// The matrix's fixed geometry: every cell is the same size, so a column's left edge is arithmetic
// and nothing is measured while scrolling.
export const CELL_W = 64;
export const ROW_H = 30;
export const HEAD_W = 224;
export const HEAD_H = 132;

export const cellLeft = (col: number) => HEAD_W + col * CELL_W;
export const cellId = (row: number, col: number) => `matrix-cell-${row}-${col}`;

/** The position of the cell an event happened in (its id says it: fewer attributes per cell to write while scrolling). */
export function cellPositionOf(target: EventTarget): { row: number; col: number } | null {
  const cell = target instanceof Element ? target.closest('[role="gridcell"]') : null;
  const match = cell && /^matrix-cell-(\d+)-(\d+)$/.exec(cell.id);
  return match ? { row: Number(match[1]), col: Number(match[2]) } : null;
}

/** A run of visible columns, both ends included (`last` < `first` when none). */
export interface ColRange {
  first: number;
  last: number;
}
