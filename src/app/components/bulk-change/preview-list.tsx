import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import type { BulkAction, PlannedItem } from "./bulk-plan.ts";

const actionWords: Record<BulkAction, { label: string; className: string }> = {
  create: { label: "Create", className: "text-emerald-800 dark:text-emerald-300" },
  change: { label: "Change", className: "text-fg" },
  delete: { label: "Delete", className: "text-rose-800 dark:text-rose-300" },
};

/** Every grant the change creates, changes or deletes; only the rows in view are in the DOM. */
export function PreviewList({ items }: { items: readonly PlannedItem[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
  });
  return (
    <div
      ref={scroller}
      className="max-h-72 overflow-y-auto rounded-md border border-line"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling list must be reachable by keyboard to scroll it.
      tabIndex={0}
    >
      <ul aria-label="Grants to write" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          const action = actionWords[item.action];
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className="absolute inset-x-0 grid gap-0.5 border-b border-line px-3 py-1.5 text-sm"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <div className="flex min-w-0 gap-2">
                <span className={`shrink-0 font-medium ${action.className}`}>{action.label}</span>
                <UntrustedText className="font-medium">{item.cell.roomName}</UntrustedText>
                <span className="shrink-0 text-muted">·</span>
                <UntrustedText>{item.cell.userEmail}</UntrustedText>
              </div>
              <p className="break-words text-xs text-muted">{item.words.join("; ") || "no change in access"}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
