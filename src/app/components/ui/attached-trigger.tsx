import { type Ref, type RefObject, useEffect, useImperativeHandle, useLayoutEffect, useRef } from "react";

// Radix's trigger props, by the DOM event each handler answers (React's onFocus/onBlur bubble: focusin/focusout).
const events = {
  onPointerMove: "pointermove",
  onPointerLeave: "pointerleave",
  onPointerDown: "pointerdown",
  onFocus: "focusin",
  onBlur: "focusout",
  onClick: "click",
} as const;
const attributes = ["aria-describedby", "data-state"] as const;

type AttachedTriggerProps = {
  /** The trigger element, rendered before Radix loaded. */
  trigger: RefObject<HTMLElement | null>;
  ref?: Ref<HTMLElement | null>;
} & Partial<Record<(typeof attributes)[number], string>> &
  // Radix's trigger handlers read only what DOM events carry too (pointerType, defaultPrevented).
  Partial<Record<keyof typeof events, (event: Event) => void>>;

/**
 * The child of Radix's `Trigger asChild` that renders nothing: Radix's ref gets the trigger element
 * Tooltip rendered before Radix loaded, and its props go onto that element, events as listeners. The
 * element stays the same through the switch, so a press held across it keeps its click (and its focus).
 */
export function AttachedTrigger({ trigger, ref, ...props }: AttachedTriggerProps) {
  useImperativeHandle<HTMLElement | null, HTMLElement | null>(ref, () => trigger.current, [trigger]);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
    for (const name of attributes) {
      const value = props[name];
      if (value === undefined) trigger.current?.removeAttribute(name);
      else trigger.current?.setAttribute(name, value);
    }
  });
  useEffect(() => {
    const element = trigger.current;
    if (!element) return;
    const listeners = Object.entries(events).map(
      ([prop, type]) => [type, (event: Event) => latest.current[prop as keyof typeof events]?.(event)] as const,
    );
    for (const [type, listener] of listeners) element.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) element.removeEventListener(type, listener);
    };
  }, [trigger]);
  return null;
}
