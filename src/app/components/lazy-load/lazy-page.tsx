import type { ComponentType } from "react";
import { LoadFailed } from "./load-failed.tsx";
import { createLoadSlot } from "./load-slot.ts";
import { useRetryingLoad } from "./use-retrying-load.ts";

/**
 * A route's `lazy.Component` that never rejects. React Router keeps a rejected lazy load for good,
 * so a page whose code could not be fetched would stay broken (and replace the whole console) until
 * a reload; here the page says so in place, inside the shell, and loads again on Retry or by itself.
 */
export function lazyPage(load: () => Promise<ComponentType>): () => Promise<ComponentType> {
  const slot = createLoadSlot(load);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per import at module load, never while rendering
  function RetryingPage() {
    const { value: Page, error, pending, retry } = useRetryingLoad(slot);
    if (Page) return <Page />;
    return (
      <main id="main" className="p-4 md:p-8">
        <LoadFailed what="this page" error={error} pending={pending} onRetry={retry} />
      </main>
    );
  }
  return async () => {
    try {
      return await slot.load();
    } catch {
      return RetryingPage;
    }
  };
}
