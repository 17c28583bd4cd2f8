import { useId, useState } from "react";
import { presetLabel } from "#api/scope/label.ts";
import { privilegeLevel } from "#api/scope/level.ts";
import { describeScope, summaryOf } from "#api/scope/summary.ts";
import { draftScope } from "#api/scope/summary-draft.ts";
import { Button } from "#app/components/ui/button.tsx";
import { LeftOutList } from "./left-out-list.tsx";
import { LevelBadge } from "./level-badge.tsx";

// Past this many lines the overview opens collapsed, so the grant sections stay in view.
const openUpTo = 3;

/**
 * The scope in words, its label relative to the nearest preset, and its privilege level; long
 * descriptions start collapsed to one short line. It follows the form as it is now: rows that cannot
 * be read yet (a blank path) are left out and listed as such.
 */
export function ScopeOverview({ formScope }: { formScope: unknown }) {
  const { scope, leftOut } = draftScope(formScope);
  const lines = describeScope(scope);
  const [expanded, setExpanded] = useState(() => lines.length <= openUpTo);
  const detailsId = useId();
  return (
    <section
      aria-label="What this scope allows"
      className="grid gap-1.5 rounded-lg border border-line bg-subtle/60 px-3 py-2"
      data-testid="scope-overview"
    >
      <div className="flex flex-wrap items-center gap-2">
        <div aria-live="polite" aria-atomic="true" className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
          <LevelBadge level={privilegeLevel(scope)} />
          <span className="rounded-md border border-line bg-surface px-2 py-0.5 font-mono text-xs">
            <span className="sr-only">Compared with the presets: </span>
            <span data-testid="preset-label">{presetLabel(scope)}</span>
          </span>
        </div>
        <Button
          size="sm"
          variant="ghost"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? "Hide details" : `Show details (${lines.length})`}
        </Button>
      </div>
      <div id={detailsId} className="grid gap-1">
        {!expanded ? (
          <p className="line-clamp-2 text-sm break-words" dir="auto" data-testid="scope-overview-short">
            {summaryOf(scope).short}
          </p>
        ) : lines.length === 0 ? (
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
        <LeftOutList leftOut={leftOut} />
      </div>
    </section>
  );
}
