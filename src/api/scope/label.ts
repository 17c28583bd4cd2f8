import { grantOf, isUnrestricted } from "./grant-labels.ts";
import { canReadSomewhere, canWriteSomewhere } from "./path-rules.ts";
import { type PresetName, presets } from "./presets.ts";
import { type ApiScope, type GrantName, grantNames } from "./schema.ts";

// A short name for a scope relative to the closest SDK preset, for places with no room for a summary.

export const presetLabels: Record<PresetName, string> = {
  none: "none",
  userDefault: "user default",
  agentDefault: "agent default",
  full: "full",
};

export interface PresetMatch {
  preset: PresetName;
  /** Grants the scope has and the preset lacks. */
  added: GrantName[];
  /** Grants the preset has and the scope lacks. */
  removed: GrantName[];
  /** Grants both have, narrower in the scope than the preset's `{}`. */
  narrowed: GrantName[];
  /** added + removed + narrowed: how many grants differ. */
  distance: number;
}

// Ties go to the earlier preset: the smaller one, which is the safer reading.
const candidates: readonly PresetName[] = ["none", "userDefault", "agentDefault", "full"];

const isNarrowed = <N extends GrantName>(scope: ApiScope, name: N): boolean => {
  const grant = grantOf(scope, name);
  return grant !== null && !isUnrestricted(name, grant);
};

function compare(scope: ApiScope, preset: PresetName): PresetMatch {
  const base = presets[preset]();
  const added = grantNames.filter((name) => scope[name] !== null && base[name] === null);
  const removed = grantNames.filter((name) => scope[name] === null && base[name] !== null);
  const narrowed = grantNames.filter((name) => base[name] !== null && isNarrowed(scope, name));
  return { preset, added, removed, narrowed, distance: added.length + removed.length + narrowed.length };
}

/** The SDK preset with the fewest grant-level differences from the scope. */
export function nearestPreset(scope: ApiScope): PresetMatch {
  return candidates
    .map((preset) => compare(scope, preset))
    .reduce((best, next) => (next.distance < best.distance ? next : best));
}

// Storage or sync that can read nowhere (an empty path list matches no request) has "no paths"; one
// that reads but writes nowhere reads best as "read-only"; anything else is "narrowed".
function narrowing(scope: ApiScope, name: GrantName): string {
  if (name !== "storage" && name !== "sync") return "narrowed";
  if (!canReadSomewhere(scope, name)) return "no paths";
  return canWriteSomewhere(scope, name) ? "narrowed" : "read-only";
}

const maxParts = 3;

/**
 * "= user default", "user default + llm", "full − secrets − admin", "user default, storage read-only",
 * "none + storage (read-only)", "user default, storage: no paths"; past three parts, ", +N more".
 */
export function presetLabel(scope: ApiScope): string {
  const match = nearestPreset(scope);
  const name = presetLabels[match.preset];
  if (match.distance === 0) return `= ${name}`;
  const parts = [
    ...match.added.map((g) => `+ ${g}${isNarrowed(scope, g) ? ` (${narrowing(scope, g)})` : ""}`),
    ...match.removed.map((g) => `− ${g}`),
    ...match.narrowed.map((g) => {
      const how = narrowing(scope, g);
      return how === "no paths" ? `, ${g}: ${how}` : `, ${g} ${how}`;
    }),
  ];
  const shown = parts.slice(0, maxParts).map((part) => (part.startsWith(",") ? part : ` ${part}`));
  const more = parts.length > maxParts ? `, +${parts.length - maxParts} more` : "";
  return `${name}${shown.join("")}${more}`;
}
