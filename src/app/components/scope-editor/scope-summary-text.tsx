import type { ApiScope } from "#api/scope/schema.ts";
import { summaryOf } from "#api/scope/summary.ts";
import { Tooltip } from "#app/components/ui/tooltip.tsx";

/**
 * Where a scope applies, shortened to two lines, with every path and name in a tooltip that opens on
 * hover and on keyboard focus. Paths and names come from whoever wrote the grant: shown as text only.
 */
export function ScopeSummaryText({ scope }: { scope: ApiScope }) {
  const { short, full } = summaryOf(scope);
  return (
    <Tooltip content={full}>
      <span
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so the keyboard opens the full summary too
        tabIndex={0}
        dir="auto"
        data-testid="scope-summary-short"
        className="line-clamp-2 max-w-full min-w-0 rounded-sm text-sm break-words focus-visible:outline-2 focus-visible:outline-accent"
      >
        {short}
      </span>
    </Tooltip>
  );
}
