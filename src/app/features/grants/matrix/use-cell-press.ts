import { type MouseEvent, type PointerEvent, useRef } from "react";
import { cellPositionOf } from "./matrix-geometry.ts";
import type { Position } from "./use-matrix-cursor.ts";

export interface CellModifiers {
  shift: boolean;
  ctrl: boolean;
}

const modifiersOf = (event: MouseEvent) => ({ shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey });
const samePosition = (a: Position, b: Position) => a.row === b.row && a.col === b.col;

/**
 * A cell is clicked when the main button is pressed and released on it: read from pointerdown and pointerup, not
 * from `click` alone. A cell redrawn under a resting pointer (its tooltip shows after a rest and wraps it) is a new
 * element, and the browser fires no click for a press that began on one it has since removed. A click that no press
 * came before (a screen reader's) still counts, and a click that follows a handled release is not counted twice.
 */
export function useCellPress(onCellClick: (position: Position, modifiers: CellModifiers) => void) {
  const pressed = useRef<Position | null>(null);
  const released = useRef(false);
  return {
    onPointerDown: (event: PointerEvent) => {
      released.current = false;
      pressed.current = event.button === 0 ? cellPositionOf(event.target) : null;
    },
    onPointerUp: (event: PointerEvent) => {
      const down = pressed.current;
      pressed.current = null;
      if (!down || event.button !== 0) return;
      const under = document.elementFromPoint(event.clientX, event.clientY);
      const at = under ? cellPositionOf(under) : null;
      if (!at || !samePosition(at, down)) return;
      released.current = true;
      onCellClick(at, modifiersOf(event));
    },
    onClick: (event: MouseEvent) => {
      if (released.current) {
        released.current = false;
        return;
      }
      const at = cellPositionOf(event.target);
      if (at) onCellClick(at, modifiersOf(event));
    },
  };
}
