import { presetLabel } from "#api/scope/label.ts";
import { privilegeLevel } from "#api/scope/level.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { summarizeScope } from "#api/scope/summary.ts";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { LevelBadge } from "./level-badge.tsx";

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
      {/* Paths and names in a summary come from whoever wrote the grant. */}
      <UntrustedText className="text-sm">{summarizeScope(scope)}</UntrustedText>
    </div>
  );
}
