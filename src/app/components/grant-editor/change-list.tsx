import type { ScopeChange } from "#api/scope/diff.ts";

const groups: readonly { kind: ScopeChange["kind"]; title: string; className: string }[] = [
  { kind: "added", title: "Added", className: "text-emerald-800 dark:text-emerald-300" },
  { kind: "widened", title: "Widened", className: "text-amber-800 dark:text-amber-300" },
  { kind: "changed", title: "Changed", className: "text-fg" },
  { kind: "narrowed", title: "Narrowed", className: "text-sky-800 dark:text-sky-300" },
  { kind: "removed", title: "Removed", className: "text-rose-800 dark:text-rose-300" },
];

/** What a change does, in words, grouped as added / widened / changed / narrowed / removed. */
export function ChangeList({ changes }: { changes: readonly ScopeChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-muted">No change in access.</p>;
  return (
    <div className="grid gap-3" data-testid="scope-changes">
      {groups.map(({ kind, title, className }) => {
        const items = changes.filter((change) => change.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-label={title} className="grid gap-1">
            <h3 className={`text-sm font-semibold ${className}`}>
              {title} ({items.length})
            </h3>
            <ul className="grid list-disc gap-0.5 pl-5 text-sm">
              {items.map((change) => (
                <li key={`${change.path}:${change.description}`} className="break-words">
                  {change.description}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
