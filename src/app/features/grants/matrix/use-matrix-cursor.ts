import { type KeyboardEvent, useState } from "react";
import {
  type CellRef,
  cellAt,
  emptySelection,
  type Grid,
  type Selection,
  toggled,
  withRange,
} from "./matrix-selection.ts";

export interface Position {
  row: number;
  col: number;
}

export interface CursorActions {
  /** Enter on a cell: open the grant dialog for it. */
  open: (cell: CellRef) => void;
  /** Delete on a cell holding a grant: ask, then revoke. */
  revoke: (cell: CellRef) => void;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/**
 * The ARIA grid pattern over the matrix: the active cell, moved by arrows, Home/End (row), Ctrl+Home/End
 * (grid), PageUp/PageDown (`pageRows` at a time); Shift extends the selection from the anchor, Space
 * toggles the active cell, Enter opens it, Delete revokes it, Escape clears the selection.
 */
export function useMatrixCursor(
  grid: Grid,
  selection: Selection,
  setSelection: (next: Selection) => void,
  actions: CursorActions,
  pageRows: number,
) {
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<{ at: Position; base: Selection } | null>(null);
  const maxRow = grid.rows.length - 1;
  const maxCol = grid.cols.length - 1;
  const at: Position = { row: clamp(active.row, maxRow), col: clamp(active.col, maxCol) };

  /** Moves the active cell; with `extend`, the selection becomes the anchor's base plus the anchor..target rectangle. */
  const moveTo = (target: Position, extend: boolean) => {
    const to = { row: clamp(target.row, maxRow), col: clamp(target.col, maxCol) };
    if (extend) {
      const from = anchor ?? { at, base: selection };
      if (!anchor) setAnchor(from);
      setSelection(withRange(from.base, grid, from.at, to));
    } else {
      setAnchor(null);
    }
    setActive(to);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (maxRow < 0 || maxCol < 0) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const shift = event.shiftKey;
    const moves: Record<string, Position | undefined> = {
      ArrowUp: { row: at.row - 1, col: at.col },
      ArrowDown: { row: at.row + 1, col: at.col },
      ArrowLeft: { row: at.row, col: at.col - 1 },
      ArrowRight: { row: at.row, col: at.col + 1 },
      PageUp: { row: at.row - pageRows, col: at.col },
      PageDown: { row: at.row + pageRows, col: at.col },
      Home: ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 },
      End: ctrl ? { row: maxRow, col: maxCol } : { row: at.row, col: maxCol },
    };
    const target = moves[event.key];
    const cell = cellAt(grid, at.row, at.col);
    if (target) moveTo(target, shift);
    else if (event.key === " " && cell) {
      setSelection(toggled(selection, cell));
      setAnchor(null);
    } else if (event.key === "Enter" && cell) actions.open(cell);
    else if ((event.key === "Delete" || event.key === "Backspace") && cell) actions.revoke(cell);
    else if (event.key === "Escape" && selection.size > 0) {
      setSelection(emptySelection);
      setAnchor(null);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  /** A click: plain activates, Shift extends, Ctrl/Cmd toggles. Returns whether it was a plain click. */
  const onCellClick = (position: Position, modifiers: { shift: boolean; ctrl: boolean }): boolean => {
    const cell = cellAt(grid, position.row, position.col);
    if (!cell) return false;
    if (modifiers.shift) {
      moveTo(position, true);
      return false;
    }
    setAnchor(null);
    setActive(position);
    if (modifiers.ctrl) {
      setSelection(toggled(selection, cell));
      return false;
    }
    return true;
  };

  return { active: at, setActive, onKeyDown, onCellClick };
}
