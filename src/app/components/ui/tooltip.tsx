import {
  cloneElement,
  type DOMAttributes,
  type ReactElement,
  type Ref,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { createLoadSlot } from "../lazy-load/load-slot.ts";

type TriggerEvents = Pick<
  DOMAttributes<HTMLElement>,
  "onPointerEnter" | "onPointerLeave" | "onPointerDown" | "onFocus" | "onBlur"
>;

export interface TooltipProps {
  /** The full text; plain text only, so whoever wrote it cannot inject markup. */
  content: string;
  /**
   * One focusable element (it opens the tooltip on hover and on keyboard focus); it must pass on its
   * event props and its ref, which the tooltip takes (a ref of the caller's own would be replaced).
   */
  children: ReactElement<TriggerEvents & { ref?: Ref<HTMLElement> }>;
  side?: "top" | "bottom" | "left" | "right";
  /** Shown or hidden by the caller (a composite widget whose focus stays on its container); else on hover and focus. */
  open?: boolean;
}

/** How long the pointer rests on a trigger before its tooltip shows. */
export const TOOLTIP_DELAY_MS = 300;

// Radix Tooltip with Floating UI is about 20 kB gzip: lists show a tooltip on every name, so it is
// fetched when a tooltip is first wanted, not with the page. Every tooltip on screen then switches to it.
const radixTooltip = createLoadSlot(async () => (await import("./radix-tooltip.tsx")).RadixTooltip);
const switchers = new Set<() => void>();
const subscribe = (onLoad: () => void) => {
  switchers.add(onLoad);
  return () => switchers.delete(onLoad);
};
const loadRadixTooltip = () =>
  radixTooltip.load().then(
    () => {
      for (const onLoad of switchers) onLoad();
    },
    () => undefined, // no tooltip this time: the name is in the trigger itself; the next hover or focus retries
  );

/**
 * Text shown on hover and on focus, announced as the trigger's description. Until the tooltip's code
 * has loaded, the trigger has a few listeners that load it and remember that it was wanted; the Radix
 * tooltip then attaches to the same element (open if still wanted), so a press or focus on it carries on.
 */
export function Tooltip({ open, children, ...props }: TooltipProps) {
  const RadixTooltip = useSyncExternalStore(subscribe, radixTooltip.get, radixTooltip.get);
  const [shown, setShown] = useState(false);
  const trigger = useRef<HTMLElement | null>(null);
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pointerDown = useRef(false);

  useEffect(() => {
    if (open && !RadixTooltip) void loadRadixTooltip();
  }, [open, RadixTooltip]);
  useEffect(() => () => clearTimeout(hoverTimer.current), []);

  const own = children.props;
  const cancelHover = () => {
    clearTimeout(hoverTimer.current);
    hoverTimer.current = undefined;
  };
  const events: TriggerEvents =
    RadixTooltip || open !== undefined
      ? {}
      : {
          onPointerEnter(event) {
            own.onPointerEnter?.(event);
            if (event.pointerType === "touch") return;
            void loadRadixTooltip();
            cancelHover();
            hoverTimer.current = setTimeout(() => {
              hoverTimer.current = undefined;
              setShown(true);
            }, TOOLTIP_DELAY_MS);
          },
          onPointerLeave(event) {
            own.onPointerLeave?.(event);
            cancelHover();
            setShown(false);
          },
          onPointerDown(event) {
            own.onPointerDown?.(event);
            // As Radix: a press hides the tooltip, and the focus it gives does not open one.
            cancelHover();
            setShown(false);
            pointerDown.current = true;
            document.addEventListener("pointerup", () => (pointerDown.current = false), { once: true });
          },
          onFocus(event) {
            own.onFocus?.(event);
            if (pointerDown.current) return;
            void loadRadixTooltip();
            setShown(true);
          },
          onBlur(event) {
            own.onBlur?.(event);
            setShown(false);
          },
        };
  // One element before and after the load: the Radix tooltip is its sibling, attached to it by ref.
  return (
    <>
      {cloneElement(children, { ...events, ref: trigger })}
      {RadixTooltip && (
        <RadixTooltip
          {...props}
          open={open ?? shown}
          onOpenChange={setShown}
          trigger={trigger}
          hoverTimer={hoverTimer}
        />
      )}
    </>
  );
}
