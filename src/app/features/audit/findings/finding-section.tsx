import type { ReactNode } from "react";

interface FindingSectionProps {
  id: string;
  title: string;
  count: number;
  /** What the count counts ("grant", "room", "member"). */
  noun: string;
  /** Why it matters, and what the fix does. */
  description: string;
  /** The one-click fix (a button opening the bulk preview, or a link into the matrix). */
  fix?: ReactNode;
  children?: ReactNode;
}

/** One kind of finding: its count in the heading, what it means, its fix, and what it found. */
export function FindingSection({ id, title, count, noun, description, fix, children }: FindingSectionProps) {
  return (
    <section aria-labelledby={id} className="grid gap-2 rounded-md border border-line p-3" data-testid={id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={id} className="font-semibold">
          {title}: {count} {count === 1 ? noun : `${noun}s`}
        </h3>
        {count > 0 && fix}
      </div>
      <p className="text-xs text-muted">{description}</p>
      {count > 0 && children}
    </section>
  );
}
