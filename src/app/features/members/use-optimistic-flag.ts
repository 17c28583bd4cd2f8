import { startTransition, useOptimistic } from "react";

/**
 * A role flag as a box shows it: the click at once, then the query cache once the change settles
 * (rolled back there if refused). The change goes through the cache (useChangeMemberFlag), whose
 * observers hear of it a tick after the click; a controlled box that waited for them would show the
 * old state for that tick.
 */
export function useOptimisticFlag(value: boolean, change: (on: boolean) => Promise<void>) {
  const [shown, showClick] = useOptimistic(value);
  const toggle = (on: boolean) =>
    startTransition(async () => {
      showClick(on);
      await change(on);
    });
  return [shown, toggle] as const;
}
