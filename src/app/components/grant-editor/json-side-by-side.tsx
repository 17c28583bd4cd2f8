import { toCompact } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { changedLines } from "./line-diff.ts";

const text = (scope: ApiScope) => JSON.stringify(toCompact(scope), null, 2);

/** The old and new scope in the compact form, side by side, changed lines marked (+/−, not colour alone). */
export function JsonSideBySide({ before, after }: { before: ApiScope; after: ApiScope }) {
  const old = text(before).split("\n");
  const now = text(after).split("\n");
  const { removed, added } = changedLines(old, now);
  return (
    <div className="grid min-w-0 gap-2 sm:grid-cols-2">
      <Column title="Before" lines={old} changed={(index) => removed.has(index)} mark="−" tone="bg-rose-500/10" />
      <Column title="After" lines={now} changed={(index) => added.has(index)} mark="+" tone="bg-emerald-500/10" />
    </div>
  );
}

interface ColumnProps {
  title: string;
  lines: string[];
  changed: (index: number) => boolean;
  mark: string;
  tone: string;
}

function Column({ title, lines, changed, mark, tone }: ColumnProps) {
  return (
    <figure className="grid min-w-0 content-start gap-1">
      <figcaption className="text-xs font-medium text-muted">{title} (compact JSON)</figcaption>
      <pre className="rounded-md border border-line bg-canvas p-2 font-mono text-xs leading-5 break-all whitespace-pre-wrap">
        {lines.map((line, index) => {
          const isChanged = changed(index);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions in a fixed text
            <div key={index} className={isChanged ? tone : undefined}>
              <span aria-hidden="true" className="inline-block w-3 select-none text-muted">
                {isChanged ? mark : " "}
              </span>
              {isChanged && <span className="sr-only">{title === "Before" ? "removed: " : "added: "}</span>}
              {line}
            </div>
          );
        })}
      </pre>
    </figure>
  );
}
