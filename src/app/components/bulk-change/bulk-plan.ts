import { diffScopes, widensSensitive } from "#api/scope/diff.ts";
import { applyPatch, type ScopePatch } from "#api/scope/patch.ts";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope, GrantName } from "#api/scope/schema.ts";
import type { AccessCell } from "./bulk-types.ts";

// What a bulk change will do, cell by cell, computed from the grants as the matrix loaded them.
// The same scope pair recurs across hundreds of cells, so each distinct pair is diffed once.

/** One cell and the patch to apply to it (`cell.scope` is the grant as loaded: the patch's base). */
export interface BulkItem {
  cell: AccessCell;
  patch: ScopePatch;
}

export type BulkAction = "create" | "change" | "delete";

export interface PlannedItem extends BulkItem {
  action: BulkAction;
  after: ApiScope | null;
  /** The change in words ("storage: /shared became readable"). */
  words: string[];
  /** Sensitive access widened (consent needed) and narrowed, as in a single edit's review. */
  gains: GrantName[];
  losses: GrantName[];
}

export interface BulkPlan {
  items: PlannedItem[];
  /** Cells the patch leaves as they are. */
  unchanged: number;
  needsConsent: boolean;
}

interface Effect {
  after: ApiScope | null;
  words: string[];
  gains: GrantName[];
  losses: GrantName[];
}

function effectOf(patch: ScopePatch, before: ApiScope | null): Effect | null {
  const result = applyPatch(patch, before);
  if (result.status === "unchanged") return null;
  const from = before ?? presets.none();
  const to = result.scope ?? presets.none();
  const words = diffScopes(from, to).map((change) => change.description);
  return { after: result.scope, words, gains: widensSensitive(from, to), losses: widensSensitive(to, from) };
}

/** Plans every item against its loaded grant; items the patch would not change are only counted. */
export function planBulk(items: readonly BulkItem[]): BulkPlan {
  const effects = new Map<string, Effect | null>();
  const planned: PlannedItem[] = [];
  for (const item of items) {
    const key = JSON.stringify([item.patch, item.cell.scope]);
    let effect = effects.get(key);
    if (effect === undefined) {
      effect = effectOf(item.patch, item.cell.scope);
      effects.set(key, effect);
    }
    if (effect === null) continue;
    const action = item.cell.scope === null ? "create" : effect.after === null ? "delete" : "change";
    planned.push({ ...item, action, ...effect });
  }
  return {
    items: planned,
    unchanged: items.length - planned.length,
    needsConsent: planned.some((item) => item.gains.length > 0),
  };
}

/** Every cell gets the same patch. */
export const patchCells = (cells: readonly AccessCell[], patch: ScopePatch): BulkItem[] =>
  cells.map((cell) => ({ cell, patch }));

/** Each cell gets its own desired scope (`null`: no grant): restores, reverts, one-click fixes. */
export const desiredScopes = (targets: readonly { cell: AccessCell; scope: ApiScope | null }[]): BulkItem[] =>
  targets.map(({ cell, scope }) => ({ cell, patch: { kind: "replace", scope } }));

/** The items with each room's cells together, rooms in order of first appearance. */
export function byRoom<T extends BulkItem>(items: readonly T[]): T[] {
  const rooms = new Map<string, T[]>();
  for (const item of items) {
    const list = rooms.get(item.cell.roomId);
    if (list) list.push(item);
    else rooms.set(item.cell.roomId, [item]);
  }
  return [...rooms.values()].flat();
}
