import { Tooltip as RadixTooltipPrimitive } from "radix-ui";
import { useLayoutEffect, useRef } from "react";
import { TOOLTIP_DELAY_MS, type TooltipProps } from "./tooltip.tsx";

interface RadixTooltipProps extends TooltipProps {
  onOpenChange: (open: boolean) => void;
  /** Give the trigger focus on mount: it replaced the plain trigger that had it. */
  focusOnMount: boolean;
}

/**
 * The tooltip itself (Radix Tooltip and Floating UI), loaded by `Tooltip` on first use. Each tooltip
 * brings its own provider, so it works wherever it is rendered.
 */
export function RadixTooltip({ content, children, side = "top", open, onOpenChange, focusOnMount }: RadixTooltipProps) {
  const trigger = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    // Only when the swap took the focus away (it went to the body), never from something focused since.
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusOnMount && focusLost) trigger.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  return (
    <RadixTooltipPrimitive.Provider delayDuration={TOOLTIP_DELAY_MS}>
      <RadixTooltipPrimitive.Root open={open} onOpenChange={onOpenChange}>
        <RadixTooltipPrimitive.Trigger
          asChild
          ref={(node: HTMLElement | null) => {
            trigger.current = node;
          }}
        >
          {children}
        </RadixTooltipPrimitive.Trigger>
        <RadixTooltipPrimitive.Portal>
          <RadixTooltipPrimitive.Content
            side={side}
            sideOffset={6}
            collisionPadding={8}
            className="z-50 max-w-[min(32rem,calc(100vw-2rem))] rounded-md border border-line bg-surface px-3 py-2 text-xs break-words whitespace-pre-line text-fg shadow-md"
          >
            {content.slice(0, 4000)}
          </RadixTooltipPrimitive.Content>
        </RadixTooltipPrimitive.Portal>
      </RadixTooltipPrimitive.Root>
    </RadixTooltipPrimitive.Provider>
  );
}
