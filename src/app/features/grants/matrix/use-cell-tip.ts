import { type FocusEvent, type PointerEvent, useEffect, useRef, useState } from "react";
import { cellPositionOf } from "./matrix-geometry.ts";
import type { Position } from "./use-matrix-cursor.ts";

const HOVER_DELAY_MS = 300;

/**
 * Which cell shows its tooltip: the one under the pointer after a short rest, or the active cell
 * while the grid has keyboard focus (focus stays on the grid, an active descendant, so the cells
 * never receive it themselves). Escape hides it until the pointer or the active cell moves.
 */
export function useCellTip(active: Position) {
  const [hovered, setHovered] = useState<Position | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const [hidden, setHidden] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a move of the active cell shows the tip again
  useEffect(() => setHidden(false), [active.row, active.col]);

  const tip = hidden ? null : keyboard ? active : hovered;
  return {
    tip,
    hide: () => setHidden(true),
    handlers: {
      onPointerOver: (event: PointerEvent) => {
        const at = cellPositionOf(event.target);
        clearTimeout(timer.current);
        if (!at) return setHovered(null);
        timer.current = setTimeout(() => {
          setKeyboard(false);
          setHidden(false);
          setHovered(at);
        }, HOVER_DELAY_MS);
      },
      onPointerLeave: () => {
        clearTimeout(timer.current);
        setHovered(null);
      },
      onFocus: (event: FocusEvent<HTMLElement>) => setKeyboard(event.target.matches(":focus-visible")),
      onBlur: () => setKeyboard(false),
      onKeyDownCapture: () => setKeyboard(true),
    },
  };
}
