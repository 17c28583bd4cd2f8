import { useCallback, useRef, useState } from "react";
import type { FlagChange } from "./use-change-member-flag.ts";

/** Holds back a change that removes the caller's own admin flag until they confirm it. */
export function useGuardedFlagChange(change: (c: FlagChange) => Promise<void>, myUserId: string | undefined) {
  const [held, setHeld] = useState<FlagChange | null>(null);
  // The latest `change`, so `request` keeps one identity and the table's columns need not rebuild.
  const latest = useRef(change);
  latest.current = change;
  const request = useCallback(
    // Settles when the change does; a held change settles at once (the box keeps its value meanwhile).
    async (c: FlagChange) => {
      if (c.key === "isAdmin" && !c.on && c.member.id === myUserId) setHeld(c);
      else await latest.current(c);
    },
    [myUserId],
  );
  return {
    request,
    held,
    confirm: () => {
      if (held) void latest.current(held);
      setHeld(null);
    },
    cancel: () => setHeld(null),
  };
}
