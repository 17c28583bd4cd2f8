import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { reachability } from "#app/lib/reachability.ts";
import { Button } from "../ui/button.tsx";

const RETRY_EVERY_MS = 5_000;

/** Shown while the API cannot be reached; retries the failed reads until it answers again. */
export function ApiUnreachableBanner() {
  const reachable = useSyncExternalStore(reachability.subscribe, reachability.get);
  const queryClient = useQueryClient();
  const retry = useCallback(() => {
    void queryClient.refetchQueries({ type: "active", predicate: (query) => query.state.status === "error" });
  }, [queryClient]);

  useEffect(() => {
    if (reachable) return;
    const timer = setInterval(retry, RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [reachable, retry]);

  if (reachable) return null;
  return (
    <div role="status" className="flex items-center justify-center gap-3 bg-warn-soft px-4 py-2 text-sm text-warn-fg">
      <span>
        <strong className="font-semibold">The API is unreachable.</strong> Retrying every few seconds…
      </span>
      <Button variant="ghost" size="sm" className="underline" onClick={retry}>
        Retry now
      </Button>
    </div>
  );
}
