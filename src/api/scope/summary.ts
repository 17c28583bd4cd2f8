import { grantLabels, grantOf, isUnrestricted, joinWords } from "./grant-labels.ts";
import { type PathGrantKind, writableEntries } from "./path-rules.ts";
import { type ApiScope, type GrantName, grantNames } from "./schema.ts";
import { grantDescribers } from "./summary-grants.ts";

// Plain-language descriptions of a scope for the editor's live summary and for tooltips.

function paths(scope: ApiScope, kind: PathGrantKind): string {
  const list = scope[kind]?.paths;
  if (list === null || list === undefined) return "can read and write everywhere";
  if (list.length === 0) return "cannot read or write anywhere";
  const under = kind === "storage" ? "everything under " : "";
  const writable = writableEntries(scope, kind).map(
    ({ path, except }) => `${path}${except.length > 0 ? ` (except ${joinWords(except)})` : ""}`,
  );
  const write =
    writable.length === 0 ? "write nowhere" : `write ${kind === "storage" ? "under " : ""}${joinWords(writable)}`;
  return `can read ${under}${joinWords(list.map((p) => p.path))}, ${write}`;
}

function describeGrant<N extends GrantName>(scope: ApiScope, name: N): string | undefined {
  if (scope[name] === null) return undefined;
  const text = name === "storage" || name === "sync" ? paths(scope, name) : describeOther(scope, name);
  return `${grantLabels[name]}: ${text}`;
}

function describeOther<N extends Exclude<GrantName, "storage" | "sync">>(scope: ApiScope, name: N): string {
  const grant = grantOf(scope, name);
  return grant === null ? "" : grantDescribers[name](grant);
}

/** One plain-language line per present grant, in declaration order; absent grants say nothing. */
export function describeScope(scope: ApiScope): string[] {
  return grantNames.flatMap((name) => describeGrant(scope, name) ?? []);
}

function shortPhrase<N extends GrantName>(scope: ApiScope, name: N): string | undefined {
  const grant = grantOf(scope, name);
  if (grant === null) return undefined;
  const label = grantLabels[name];
  if (isUnrestricted(name, grant)) return label;
  if (name === "storage" || name === "sync") {
    const kind: PathGrantKind = name;
    if (scope[kind]?.paths?.length === 0) return `${label} (no paths)`;
    return `${label} (${writableEntries(scope, kind).length === 0 ? "read-only" : "some paths"})`;
  }
  if (name === "llm" && scope.llm?.models) return `${label} (${scope.llm.models.join(", ") || "no models"})`;
  if (name === "tunnels" && scope.tunnels?.ports) return `${label} (ports ${scope.tunnels.ports.join(", ")})`;
  return `${label} (limited)`;
}

/** A one-line summary: the present grants, with a word on how each is narrowed; "No access" if none. */
export function summarizeScope(scope: ApiScope): string {
  const phrases = grantNames.flatMap((name) => shortPhrase(scope, name) ?? []);
  return phrases.length === 0 ? "No access" : phrases.join(", ");
}
