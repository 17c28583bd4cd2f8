import { diffFields, type FieldChange } from "./diff-fields.ts";
import { comparableGrant, grantOf } from "./grant-labels.ts";
import { type PathAccess, type PathGrantKind, pathAccess, pathProbes } from "./path-rules.ts";
import { type ApiScope, type GrantName, grantNames } from "./schema.ts";

// What a change to a grant's scope does, in words, for the confirmation step before saving.

export interface ScopeChange {
  grant: GrantName;
  kind: "added" | "removed" | "widened" | "narrowed" | "changed";
  /** Dotted path of the field that changed ("queues.send"), or the grant name. */
  path: string;
  description: string;
}

const rank: Record<PathAccess, number> = { none: 0, read: 1, write: 2 };

function accessWords(from: PathAccess, to: PathAccess): string {
  if (to === "none") return "no longer accessible";
  if (to === "read") return from === "write" ? "became read-only" : "became readable";
  return from === "read" ? "became writable" : "became readable and writable";
}

// Probing every entry path of both lists covers every request (see pathProbes), so this is exact.
function pathChanges(before: ApiScope, after: ApiScope, kind: PathGrantKind): FieldChange[] {
  const was = before[kind]?.paths;
  const now = after[kind]?.paths;
  const path = `${kind}.paths`;
  if (was === null && now === null) return [];
  if (now === null) return [{ path, kind: "widened", description: `${kind}: now read and write everywhere` }];
  if (was === null) return [{ path, kind: "narrowed", description: `${kind}: now only the listed paths` }];
  return pathProbes(kind, now, was).flatMap(({ request, label }) => {
    const from = pathAccess(before, kind, request);
    const to = pathAccess(after, kind, request);
    if (from === to) return [];
    const direction = rank[to] > rank[from] ? "widened" : "narrowed";
    return [{ path, kind: direction, description: `${kind}: ${label} ${accessWords(from, to)}` }];
  });
}

function grantChanges<N extends GrantName>(before: ApiScope, after: ApiScope, name: N): ScopeChange[] {
  const was = grantOf(before, name);
  const now = grantOf(after, name);
  if (was === null && now === null) return [];
  if (was === null) return [{ grant: name, kind: "added", path: name, description: `${name}: added` }];
  if (now === null) return [{ grant: name, kind: "removed", path: name, description: `${name}: removed` }];
  const fields: FieldChange[] = [];
  if (name === "storage" || name === "sync") fields.push(...pathChanges(before, after, name));
  else diffFields(comparableGrant(name, was), comparableGrant(name, now), name, fields);
  return fields.map((change) => ({ grant: name, ...change }));
}

/** Every difference in access between two scopes, grant by grant in declaration order. */
export function diffScopes(before: ApiScope, after: ApiScope): ScopeChange[] {
  return grantNames.flatMap((name) => grantChanges(before, after, name));
}

// Storage write matters wherever it appears; reads and the other grants' narrowing do not need
// confirmation. A grant added with only read-only paths gains no write, so it is not listed.
function gainsStorageWrite(before: ApiScope, after: ApiScope): boolean {
  const now = after.storage;
  if (now === null) return false;
  if (now.paths === null) return before.storage?.paths !== null;
  return pathProbes("storage", before.storage?.paths, now.paths).some(
    ({ request }) =>
      pathAccess(after, "storage", request) === "write" && pathAccess(before, "storage", request) !== "write",
  );
}

const widening: ReadonlySet<ScopeChange["kind"]> = new Set(["added", "widened", "changed"]);

/**
 * The sensitive grants a change widens, each needing explicit confirmation: admin, secrets or
 * tunnels added or widened (a "changed" list gains something too), and storage write gained anywhere.
 */
export function widensSensitive(before: ApiScope, after: ApiScope): GrantName[] {
  const changes = diffScopes(before, after);
  const widens = (grant: GrantName) => changes.some((c) => c.grant === grant && widening.has(c.kind));
  return (["admin", "secrets", "tunnels", "storage"] as const).filter((grant) =>
    grant === "storage" ? gainsStorageWrite(before, after) : widens(grant),
  );
}
