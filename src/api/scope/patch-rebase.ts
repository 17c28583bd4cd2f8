import { grantOf } from "./grant-labels.ts";
import { applyPatch, type PatchResult, type ScopePatch } from "./patch.ts";
import type { ApiScope } from "./schema.ts";

// A patch is planned against the grant as it was loaded (`base`) and written onto the grant as the
// server has it just before writing (`now`). Another admin's edit of any other field is kept. When
// they changed the very thing the patch changes, writing would overwrite their decision: conflict.

export type RebaseResult = PatchResult | { status: "conflict"; reason: string };

/** What the patch reads and writes in a scope, as a comparable string, and its name in words. */
export function patchFootprint(patch: ScopePatch, scope: ApiScope | null): { key: string; label: string } {
  switch (patch.kind) {
    case "add-path":
    case "remove-path": {
      const grant = scope?.[patch.grant] ?? null;
      const entry = grant?.paths?.find((p) => p.path === patch.path) ?? null;
      const key = JSON.stringify([grant !== null, grant?.paths === null, entry]);
      return { key, label: `${patch.grant} path ${patch.path}` };
    }
    case "enable":
    case "disable": {
      const grant = scope === null ? null : grantOf(scope, patch.grant);
      return { key: JSON.stringify(grant), label: `the ${patch.grant} grant` };
    }
    case "set-field": {
      const grant = scope === null ? null : (grantOf(scope, patch.grant) as Record<string, unknown> | null);
      return { key: JSON.stringify([grant !== null, grant?.[patch.field]]), label: `${patch.grant}.${patch.field}` };
    }
    case "replace":
      return { key: JSON.stringify(scope), label: "the grant" };
  }
}

/**
 * The patch planned on `base`, applied to `now`. Nothing to write when `now` already has what the
 * patch wants; a conflict when `now` differs from `base` in what the patch changes.
 */
export function rebasePatch(patch: ScopePatch, base: ApiScope | null, now: ApiScope | null): RebaseResult {
  const result = applyPatch(patch, now);
  if (result.status === "unchanged") return result;
  const before = patchFootprint(patch, base);
  if (before.key !== patchFootprint(patch, now).key) {
    return { status: "conflict", reason: `${before.label} was changed by someone else since the page loaded` };
  }
  return result;
}
