import type { ApiScope } from "#api/scope/schema.ts";
import { scopeWarnings } from "#api/scope/warnings.ts";

// The scope lints the findings act on, read from the scope editor's warnings (api/scope/warnings.ts),
// each with the patched scope its one-click fix proposes.

export type LintKey = "every-tunnel-port" | "storage-everywhere" | "shadowed-path";

export interface ScopeLint {
  key: LintKey;
  title: string;
  /** What the fix does, in words: the button's label. */
  fix: string;
}

export const scopeLints: readonly ScopeLint[] = [
  { key: "every-tunnel-port", title: "Tunnels on every port", fix: "Turn tunnels off in these grants" },
  {
    key: "storage-everywhere",
    title: "Storage everywhere (no path listed)",
    fix: "Make storage read-only in these grants",
  },
  {
    key: "shadowed-path",
    title: "Shadowed storage or sync paths",
    fix: "Remove the shadowed entries (they never decide anything)",
  },
];

const shadowedEntry = /^(storage|sync)\.paths\.(\d+)\.read_only$/;

/** The lints a scope trips. */
export function lintsOf(scope: ApiScope): LintKey[] {
  const paths = scopeWarnings(scope).map((w) => w.path);
  const out: LintKey[] = [];
  if (paths.includes("tunnels.ports")) out.push("every-tunnel-port");
  if (paths.includes("storage.paths") && scope.storage?.paths === null) out.push("storage-everywhere");
  if (paths.some((path) => shadowedEntry.test(path))) out.push("shadowed-path");
  return out;
}

/** Entries shadowed by an earlier one with the other `read_only` are never the first match: dropping them changes no decision. */
function withoutShadowed(scope: ApiScope): ApiScope {
  const drop = { storage: new Set<number>(), sync: new Set<number>() };
  for (const { path } of scopeWarnings(scope)) {
    const match = shadowedEntry.exec(path);
    if (match?.[1] === "storage" || match?.[1] === "sync") drop[match[1]].add(Number(match[2]));
  }
  const next = { ...scope };
  for (const kind of ["storage", "sync"] as const) {
    const grant = scope[kind];
    if (grant?.paths && drop[kind].size > 0)
      next[kind] = { ...grant, paths: grant.paths.filter((_, i) => !drop[kind].has(i)) };
  }
  return next;
}

/** The scope with one lint fixed, every other field kept. */
export function fixLint(key: LintKey, scope: ApiScope): ApiScope {
  switch (key) {
    case "every-tunnel-port":
      return { ...scope, tunnels: null };
    case "storage-everywhere":
      return scope.storage === null
        ? scope
        : { ...scope, storage: { ...scope.storage, paths: [{ path: "/", read_only: true }] } };
    case "shadowed-path":
      return withoutShadowed(scope);
  }
}
