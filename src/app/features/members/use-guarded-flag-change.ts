import { useCallback, useRef, useState } from "react";
import type { FlagChange } from "./use-change-member-flag.ts";

/** Holds back a change that removes the caller's own admin flag until they confirm it. */
export function useGuardedFlagChange(change: (c: FlagChange) => void, myUserId: string | undefined) {
  const [held, setHeld] = useState<FlagChange | null>(null);
  // The latest `change`, so `request` keeps one identity and the table's columns need not rebuild.
  const latest = useRef(change);
  latest.current = change;
  const request = useCallback(
    (c: FlagChange) => {
      if (c.key === "isAdmin" && !c.on && c.member.id === myUserId) setHeld(c);
      else latest.current(c);
    },
    [myUserId],
  );
  return {
    request,
    held,
    confirm: () => {
      if (held) latest.current(held);
      setHeld(null);
    },
    cancel: () => setHeld(null),
  };
}
