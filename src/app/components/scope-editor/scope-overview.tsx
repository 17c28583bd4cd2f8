import { presetLabel } from "#api/scope/label.ts";
import { privilegeLevel } from "#api/scope/level.ts";
import { describeScope } from "#api/scope/summary.ts";
import { draftScope } from "#api/scope/summary-draft.ts";
import { LevelBadge } from "./level-badge.tsx";

/**
 * The scope in words, its label relative to the nearest preset, and its privilege level. It follows
 * the form as it is now: rows that cannot be read yet (a blank path) are left out and listed as such.
 */
export function ScopeOverview({ formScope }: { formScope: unknown }) {
  const { scope, leftOut } = draftScope(formScope);
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
        {leftOut.length > 0 && (
          <ul aria-label="Left out until fixed" className="grid gap-0.5 text-xs text-danger" data-testid="left-out">
            {leftOut.map(({ path, label, message }) => (
              <li key={`${path}:${message}`} className="break-words">
                <span className="font-medium">Left out, incomplete:</span> {label} ({message})
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
