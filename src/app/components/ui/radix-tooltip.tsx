import { Tooltip as RadixTooltipPrimitive } from "radix-ui";
import { type RefObject, useLayoutEffect } from "react";
import { AttachedTrigger } from "./attached-trigger.tsx";
import { TOOLTIP_DELAY_MS, type TooltipProps } from "./tooltip.tsx";

interface RadixTooltipProps extends Omit<TooltipProps, "children"> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The trigger Tooltip rendered: Radix attaches to it rather than render one of its own. */
  trigger: RefObject<HTMLElement | null>;
  /** The plain trigger's pending hover (its rest before showing), if the code came during it. */
  hoverTimer: RefObject<ReturnType<typeof setTimeout> | undefined>;
}

/**
 * The tooltip itself (Radix Tooltip and Floating UI), loaded by `Tooltip` on first use. Each tooltip
 * brings its own provider, so it works wherever it is rendered.
 */
export function RadixTooltip({ content, side = "top", open, onOpenChange, trigger, hoverTimer }: RadixTooltipProps) {
  useLayoutEffect(() => {
    // The code came while the pointer rested on the trigger: show it now rather than wait for a move.
    if (hoverTimer.current === undefined) return;
    clearTimeout(hoverTimer.current);
    hoverTimer.current = undefined;
    onOpenChange(true);
  }, [hoverTimer, onOpenChange]);
  return (
    <RadixTooltipPrimitive.Provider delayDuration={TOOLTIP_DELAY_MS}>
      <RadixTooltipPrimitive.Root open={open} onOpenChange={onOpenChange}>
        <RadixTooltipPrimitive.Trigger asChild>
          <AttachedTrigger trigger={trigger} />
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
