import { presetLabel } from "#api/scope/label.ts";
import { privilegeLevel } from "#api/scope/level.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { LevelBadge } from "./level-badge.tsx";
import { ScopeSummaryText } from "./scope-summary-text.tsx";

/** A grant's scope in a table row: its privilege level, its label against the nearest preset, and its summary. */
export function ScopeCell({ scope }: { scope: ApiScope }) {
  return (
    <div className="grid min-w-0 gap-1">
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        <LevelBadge level={privilegeLevel(scope)} />
        <span className="text-xs text-muted" data-testid="scope-label">
          {presetLabel(scope)}
        </span>
      </div>
      <ScopeSummaryText scope={scope} />
    </div>
  );
}
