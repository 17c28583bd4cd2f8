import { type BulkItem, desiredScopes } from "#app/components/bulk-change/bulk-plan.ts";
import type { Row } from "../evidence.ts";
import { changeKinds, type GrantChangeKind, shortSummary } from "./classify-change.ts";
import type { GrantChange } from "./snapshot-diff.ts";

export type GroupBy = "room" | "member";

export type KindCounts = Record<GrantChangeKind, number>;

export interface ChangeGroup {
  key: string;
  /** The room's name or the member's e-mail. */
  label: string;
  changes: GrantChange[];
  counts: KindCounts;
}

export const countKinds = (changes: readonly GrantChange[]): KindCounts => {
  const counts = Object.fromEntries(changeKinds.map((kind) => [kind, 0])) as KindCounts;
  for (const change of changes) counts[change.kind]++;
  return counts;
};

/** "2 added, 1 narrowed": the non-zero counts, in the kinds' order. */
export const countsText = (counts: KindCounts) =>
  changeKinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${kind}`)
    .join(", ") || "no changes";

/** The changes by room (members by e-mail inside) or by member (rooms by name inside), groups sorted by label. */
export function groupChanges(changes: readonly GrantChange[], by: GroupBy): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const { id: key, label } =
      by === "room"
        ? { id: change.room.id, label: change.room.name }
        : { id: change.user.id, label: change.user.email };
    let group = groups.get(key);
    if (!group) {
      group = { key, label, changes: [], counts: countKinds([]) };
      groups.set(key, group);
    }
    group.changes.push(change);
    group.counts[change.kind]++;
  }
  const inner = (c: GrantChange) => (by === "room" ? c.user.email : c.room.name);
  const sorted = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  for (const group of sorted) group.changes.sort((a, b) => inner(a).localeCompare(inner(b)));
  return sorted;
}

/** Puts the grants back as the snapshot had them, each starting from the grant as loaded now. */
export const restoreItems = (changes: readonly GrantChange[]): BulkItem[] =>
  desiredScopes(
    changes.map((change) => ({
      cell: {
        roomId: change.room.id,
        roomName: change.room.name,
        userId: change.user.id,
        userEmail: change.user.email,
        scope: change.current,
      },
      scope: change.saved,
    })),
  );

export const exportColumns = ["room", "member", "change", "in snapshot", "now", "what changed"] as const;

/** The rows an export holds: the changes as listed, in the listed order. */
export const exportRows = (groups: readonly ChangeGroup[]): Row[] =>
  groups.flatMap((group) =>
    group.changes.map((c) => ({
      room: c.room.name,
      member: c.user.email,
      change: c.kind,
      "in snapshot": c.saved ? shortSummary(c.saved) : "no grant",
      now: c.current ? shortSummary(c.current) : "no grant",
      "what changed": c.words.join("; "),
    })),
  );
