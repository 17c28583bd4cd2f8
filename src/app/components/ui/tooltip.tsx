import { Tooltip as RadixTooltip } from "radix-ui";
import type { ReactElement } from "react";

interface TooltipProps {
  /** The full text; plain text only, so whoever wrote it cannot inject markup. */
  content: string;
  /** One focusable element (it opens the tooltip on hover and on keyboard focus). */
  children: ReactElement;
  side?: "top" | "bottom" | "left" | "right";
  /** Shown or hidden by the caller (a composite widget whose focus stays on its container); else on hover and focus. */
  open?: boolean;
}

/**
 * Text shown on hover and on focus, announced as the trigger's description. Each tooltip brings its
 * own provider, so it works wherever it is rendered.
 */
export function Tooltip({ content, children, side = "top", open }: TooltipProps) {
  return (
    <RadixTooltip.Provider delayDuration={300}>
      <RadixTooltip.Root open={open}>
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content
            side={side}
            sideOffset={6}
            collisionPadding={8}
            className="z-50 max-w-[min(32rem,calc(100vw-2rem))] rounded-md border border-line bg-surface px-3 py-2 text-xs break-words whitespace-pre-line text-fg shadow-md"
          >
            {content.slice(0, 4000)}
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
