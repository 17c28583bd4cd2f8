import { useVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useEffect, useMemo } from "react";
import { CELL_W, type ColRange, HEAD_H, HEAD_W, ROW_H } from "./matrix-geometry.ts";
import type { Position } from "./use-matrix-cursor.ts";

/**
 * Both axes of the matrix, virtualised. Scrolling re-renders once per frame, after the scroll
 * event (`useFlushSync: false`): with two virtualisers, a synchronous render per axis doubled the
 * work and forced a layout between the two.
 */
export function useMatrixVirtual(
  scrollRef: RefObject<HTMLDivElement | null>,
  rowCount: number,
  colCount: number,
  active: Position,
) {
  const rows = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    paddingStart: HEAD_H,
    scrollPaddingStart: HEAD_H,
    overscan: 3,
    useFlushSync: false,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: colCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CELL_W,
    paddingStart: HEAD_W,
    scrollPaddingStart: HEAD_W,
    overscan: 2,
    useFlushSync: false,
  });

  // Keep the active cell on screen (it may be far away after End or PageDown).
  useEffect(() => {
    if (rowCount > 0) rows.scrollToIndex(active.row);
    if (colCount > 0) cols.scrollToIndex(active.col);
  }, [active.row, active.col, rows, cols, rowCount, colCount]);

  const virtualCols = cols.getVirtualItems();
  const first = virtualCols[0]?.index ?? 0;
  const last = virtualCols.at(-1)?.index ?? -1;
  // The same object while the visible columns stay, so memoised rows skip a vertical-only scroll.
  const colRange = useMemo<ColRange>(() => ({ first, last }), [first, last]);
  return {
    virtualRows: rows.getVirtualItems(),
    colRange,
    width: cols.getTotalSize(),
    height: rows.getTotalSize(),
  };
}
