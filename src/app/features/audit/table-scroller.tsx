import type { ReactNode } from "react";

/** A wide table's horizontal scroller, reachable by keyboard so that it can be scrolled without a mouse. */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      aria-label={label}
      className="overflow-x-auto rounded-md border border-line print:overflow-visible"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling table must be reachable by keyboard to scroll it.
      tabIndex={0}
    >
      {children}
    </section>
  );
}
