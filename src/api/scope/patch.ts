import { parseScope, scopesEqual } from "./forms.ts";
import { defaultGrant, grantOf } from "./grant-labels.ts";
import { covers, type PathGrantKind } from "./path-rules.ts";
import { presets } from "./presets.ts";
import { type ApiScope, type GrantName, type Grants, grantSchemas, type PathGrant } from "./schema.ts";

// A patch changes one thing in a grant and keeps every other field: one storage or sync path, one
// grant type switched on or off, one field of a grant, or (`replace`) the whole scope. A grant that
// does not exist is `null`; a patch may create one (a path added, a grant turned on) or delete it.

export type ScopePatch =
  | { kind: "add-path"; grant: PathGrantKind; path: string; readOnly: boolean }
  | { kind: "remove-path"; grant: PathGrantKind; path: string }
  /** Turns a grant type on with `value` (its `{}` when absent); a grant already on is kept as it is. */
  | { kind: "enable"; grant: GrantName; value?: Record<string, unknown> }
  | { kind: "disable"; grant: GrantName }
  /** One top-level field of a present grant: a flag, or a list of names (`null`: unrestricted). */
  | { kind: "set-field"; grant: GrantName; field: string; value: boolean | string[] | null }
  /** The whole scope; `null` revokes the grant. */
  | { kind: "replace"; scope: ApiScope | null };

export type PatchResult = { status: "changed"; scope: ApiScope | null } | { status: "unchanged"; reason: string };

const unchanged = (reason: string): PatchResult => ({ status: "unchanged", reason });

function withGrant<N extends GrantName>(scope: ApiScope | null, name: N, grant: Grants[N] | null): ApiScope {
  return { ...(scope ?? presets.none()), [name]: grant };
}

// Before the first entry that matches everything the new one does, so that no broader entry
// decides its requests, and after any narrower entries, which keep deciding theirs.
function insertPath(kind: PathGrantKind, paths: readonly PathGrant[], entry: PathGrant): PathGrant[] {
  const at = paths.findIndex((earlier) => covers(kind, earlier, entry));
  return at === -1 ? [...paths, entry] : [...paths.slice(0, at), entry, ...paths.slice(at)];
}

function addPath(scope: ApiScope | null, kind: PathGrantKind, path: string, readOnly: boolean): PatchResult {
  const entry = { path, read_only: readOnly };
  const grant = scope?.[kind] ?? null;
  if (grant === null) return { status: "changed", scope: withGrant(scope, kind, { paths: [entry] }) };
  if (grant.paths === null) return unchanged(`${kind} is already unrestricted`);
  const index = grant.paths.findIndex((p) => p.path === path);
  const existing = grant.paths[index];
  if (existing?.read_only === readOnly) return unchanged(`${kind} already lists ${path}`);
  const paths = existing ? grant.paths.map((p, i) => (i === index ? entry : p)) : insertPath(kind, grant.paths, entry);
  return { status: "changed", scope: withGrant(scope, kind, { ...grant, paths }) };
}

function removePath(scope: ApiScope | null, kind: PathGrantKind, path: string): PatchResult {
  const grant = scope?.[kind] ?? null;
  if (scope === null || grant === null) return unchanged(`no ${kind} grant`);
  if (grant.paths === null) return unchanged(`${kind} is unrestricted: there is no ${path} entry to remove`);
  if (!grant.paths.some((p) => p.path === path)) return unchanged(`${kind} does not list ${path}`);
  const paths = grant.paths.filter((p) => p.path !== path);
  return { status: "changed", scope: withGrant(scope, kind, { ...grant, paths }) };
}

function setField(scope: ApiScope | null, name: GrantName, field: string, value: unknown): PatchResult {
  const grant = scope === null ? null : grantOf(scope, name);
  if (scope === null || grant === null) return unchanged(`no ${name} grant`);
  if (!(field in grant)) throw new Error(`${name} has no field ${field}`);
  const current = (grant as Record<string, unknown>)[field];
  if (JSON.stringify(current) === JSON.stringify(value)) return unchanged(`${name}.${field} is already so`);
  const next = grantSchemas[name].parse({ ...grant, [field]: value }) as Grants[typeof name];
  return { status: "changed", scope: withGrant(scope, name, next) };
}

/** The scope after the patch, or why nothing changes. The result is normalised (as parsed). */
export function applyPatch(patch: ScopePatch, scope: ApiScope | null): PatchResult {
  switch (patch.kind) {
    case "add-path":
      return addPath(scope, patch.grant, patch.path, patch.readOnly);
    case "remove-path":
      return removePath(scope, patch.grant, patch.path);
    case "enable": {
      if (scope !== null && scope[patch.grant] !== null) return unchanged(`${patch.grant} is already on`);
      const value = patch.value ? grantSchemas[patch.grant].parse(patch.value) : defaultGrant(patch.grant);
      return { status: "changed", scope: withGrant(scope, patch.grant, value as Grants[typeof patch.grant]) };
    }
    case "disable":
      if (scope === null || scope[patch.grant] === null) return unchanged(`${patch.grant} is already off`);
      return { status: "changed", scope: withGrant(scope, patch.grant, null) };
    case "set-field":
      return setField(scope, patch.grant, patch.field, patch.value);
    case "replace": {
      const same = patch.scope === null ? scope === null : scope !== null && scopesEqual(scope, patch.scope);
      if (same) return unchanged(patch.scope === null ? "there is no grant" : "the grant is already so");
      return { status: "changed", scope: patch.scope === null ? null : parseScope(patch.scope) };
    }
  }
}
