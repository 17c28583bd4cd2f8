import { presetLabel } from "#api/scope/label.ts";
import { privilegeLevel } from "#api/scope/level.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { describeScope } from "#api/scope/summary.ts";
import { LevelBadge } from "./level-badge.tsx";

interface ScopeOverviewProps {
  scope: ApiScope;
  /** Problems in the form now: the overview then describes the last valid scope and says so. */
  errorCount: number;
}

/** The scope in words, its label relative to the nearest preset, and its privilege level. */
export function ScopeOverview({ scope, errorCount }: ScopeOverviewProps) {
  const lines = describeScope(scope);
  return (
    <section
      aria-label="What this scope allows"
      className="grid gap-2 rounded-lg border border-line bg-subtle/60 p-3"
      data-testid="scope-overview"
    >
      <div aria-live="polite" aria-atomic="true" className="flex flex-wrap items-center gap-2">
        <LevelBadge level={privilegeLevel(scope)} />
        <span className="rounded-md border border-line bg-surface px-2 py-0.5 font-mono text-xs">
          <span className="sr-only">Compared with the presets: </span>
          <span data-testid="preset-label">{presetLabel(scope)}</span>
        </span>
      </div>
      <div className="grid gap-1">
        {errorCount > 0 && (
          <p className="text-xs font-medium text-danger">
            {errorCount === 1 ? "1 problem" : `${errorCount} problems`} in the form: this describes the last valid
            scope.
          </p>
        )}
        {lines.length === 0 ? (
          <p className="text-sm">No access: every grant is off, so this user cannot use the room's API.</p>
        ) : (
          <ul className="grid list-disc gap-0.5 pl-5 text-sm" data-testid="scope-summary">
            {lines.map((line) => (
              <li key={line} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
