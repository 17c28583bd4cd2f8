import { grantLabels, grantOf, isUnrestricted, joinWords } from "./grant-labels.ts";
import { type PathGrantKind, writableEntries } from "./path-rules.ts";
import { type ApiScope, type GrantName, grantNames } from "./schema.ts";
import { grantDescribers } from "./summary-grants.ts";
import { type WhereGroup, whereGroups } from "./summary-where.ts";

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

/** A scope in words, both ways: `short` for a table cell, `full` (one grant a line) for its tooltip. */
export interface ScopeSummary {
  short: string;
  full: string;
}

/** How many names a group shows in the short form before "+N more". */
export const shortListLength = 3;

function groupText({ verb, items, none }: WhereGroup, limit: number): string {
  if (items === null) return verb;
  if (items.length === 0) return none;
  const shown = items.slice(0, limit).join(", ");
  const more = items.length > limit ? ` +${items.length - limit} more` : "";
  return `${verb} ${shown}${more}`.trim();
}

function grantSummary<N extends GrantName>(scope: ApiScope, name: N): ScopeSummary | undefined {
  const grant = grantOf(scope, name);
  if (grant === null) return undefined;
  const label = grantLabels[name];
  const groups = whereGroups(scope, name);
  if (groups.length > 0) {
    const text = (limit: number) => `${label}: ${groups.map((g) => groupText(g, limit)).join("; ")}`;
    return { short: text(shortListLength), full: text(Number.POSITIVE_INFINITY) };
  }
  const full = describeGrant(scope, name) ?? label;
  return { short: isUnrestricted(name, grant) ? label : `${label} (limited)`, full };
}

/**
 * Where each present grant applies: "Storage: read /data; write /data/reports · LLM: openai/gpt-4o",
 * lists past three names shortened to "+N more" in `short`; "No access" if no grant is present.
 */
export function summaryOf(scope: ApiScope): ScopeSummary {
  const parts = grantNames.flatMap((name) => grantSummary(scope, name) ?? []);
  if (parts.length === 0) return { short: "No access", full: "No access" };
  return { short: parts.map((p) => p.short).join(" · "), full: parts.map((p) => p.full).join("\n") };
}

/** The short form of summaryOf, for one-line places (table cells, journal lines, matrix tooltips). */
export function summarizeScope(scope: ApiScope): string {
  return summaryOf(scope).short;
}
