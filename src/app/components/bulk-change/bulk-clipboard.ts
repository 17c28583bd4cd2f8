import { useSyncExternalStore } from "react";
import type { ApiScope } from "#api/scope/schema.ts";

// A copied cell's scope, to paste onto other cells. Kept in the page, not the system clipboard:
// pasting needs no browser permission, and the copy carries where it came from.

export interface CopiedScope {
  scope: ApiScope;
  /** "alice@example.com in ops". */
  from: string;
}

let copied: CopiedScope | null = null;
const listeners = new Set<() => void>();

export function copyScope(next: CopiedScope): void {
  copied = next;
  for (const listener of listeners) listener();
}

export function useCopiedScope(): CopiedScope | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => copied,
  );
}
