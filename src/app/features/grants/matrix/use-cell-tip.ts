import { type FocusEvent, type PointerEvent, type RefObject, useEffect, useRef, useState } from "react";
import { cellPositionOf } from "./matrix-geometry.ts";
import type { Position } from "./use-matrix-cursor.ts";

const HOVER_DELAY_MS = 300;

/**
 * Which cell shows its tooltip: the one under the pointer after a short rest, or the active cell
 * while the grid has keyboard focus (focus stays on the grid, an active descendant, so the cells
 * never receive it themselves). Escape hides it until the pointer or the active cell moves.
 */
export function useCellTip(active: Position, gridRef: RefObject<HTMLElement | null>) {
  const [hovered, setHovered] = useState<Position | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const [hidden, setHidden] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // The pointer leaving the grid is seen where it arrives. A cell redrawn under a resting pointer (its tooltip wraps
  // it) is a new node, and leaving a node the pointer never entered fires no pointerout: React then never hears the
  // pointer leave the grid, and a tip would stay up over whatever came on top (a dialog, whose Escape it would take).
  useEffect(() => {
    const onPointerOver = (event: globalThis.PointerEvent) => {
      if (event.target instanceof Node && gridRef.current?.contains(event.target)) return;
      clearTimeout(timer.current);
      setHovered(null);
    };
    document.addEventListener("pointerover", onPointerOver, true);
    return () => document.removeEventListener("pointerover", onPointerOver, true);
  }, [gridRef]);
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
