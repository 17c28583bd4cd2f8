import { useSyncExternalStore } from "react";
import type { AppliedItem } from "./bulk-apply.ts";
import type { BulkItem } from "./bulk-plan.ts";

// The last bulk change per project, kept for "Undo" while the console is open (not across reloads:
// an undo planned against grants the page no longer shows would be a guess).

export interface LastBulkChange {
  description: string;
  applied: AppliedItem[];
}

const changes = new Map<string, LastBulkChange>();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export function recordBulkChange(projectId: string, change: LastBulkChange): void {
  const written = change.applied.filter((item) => JSON.stringify(item.before) !== JSON.stringify(item.after));
  if (written.length === 0) return;
  changes.set(projectId, { ...change, applied: written });
  notify();
}

export function forgetBulkChange(projectId: string): void {
  changes.delete(projectId);
  notify();
}

export function useLastBulkChange(projectId: string): LastBulkChange | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => changes.get(projectId),
  );
}

/** Puts every cell back as it was before the change, starting from what the change wrote. */
export function undoItems(change: LastBulkChange): BulkItem[] {
  return change.applied.map(({ cell, before, after }) => ({
    cell: { ...cell, scope: after },
    patch: { kind: "replace", scope: before },
  }));
}
