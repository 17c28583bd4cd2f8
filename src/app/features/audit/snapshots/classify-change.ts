import { diffScopes } from "#api/scope/diff.ts";
import { toCompact } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { summarizeScope } from "#api/scope/summary.ts";

export type GrantChangeKind = "added" | "removed" | "widened" | "narrowed" | "changed";

export const changeKinds: readonly GrantChangeKind[] = ["added", "removed", "widened", "narrowed", "changed"];

export interface ScopeComparison {
  kind: Exclude<GrantChangeKind, "added" | "removed">;
  /** The differences in words ("storage: /data became read-only"). */
  words: string[];
}

const wider = new Set(["added", "widened"]);
const narrower = new Set(["removed", "narrowed"]);

/**
 * How a grant that exists in both went from `before` to `after`, from the access checks behind
 * `diffScopes` (storage and sync probed path by path, flags, lists, grant types):
 * - "widened": every difference gives access (a grant type added, a flag set, a list lifted or
 *   grown, a path readable or writable where it was not), none takes any away;
 * - "narrowed": the mirror image;
 * - "changed": both, a difference with no direction (an entry swapped for another), or the same
 *   access written differently (e.g. a shadowed path dropped).
 * `null`: the two scopes are the same.
 */
export function compareScopes(before: ApiScope, after: ApiScope): ScopeComparison | null {
  if (JSON.stringify(toCompact(before)) === JSON.stringify(toCompact(after))) return null;
  const changes = diffScopes(before, after);
  const words = changes.map((change) => change.description);
  if (changes.length === 0) return { kind: "changed", words: ["the same access, written differently"] };
  if (changes.every((change) => wider.has(change.kind))) return { kind: "widened", words };
  if (changes.every((change) => narrower.has(change.kind))) return { kind: "narrowed", words };
  return { kind: "changed", words };
}

const summaries = new WeakMap<ApiScope, string>();

/** A scope's one-line summary, computed once per scope object (50,000 grants share a few). */
export function shortSummary(scope: ApiScope): string {
  let text = summaries.get(scope);
  if (text === undefined) {
    text = summarizeScope(scope);
    summaries.set(scope, text);
  }
  return text;
}
