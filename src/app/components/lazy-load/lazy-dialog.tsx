import { type ComponentType, Suspense } from "react";
import { LoadFailed } from "./load-failed.tsx";
import { createLoadSlot } from "./load-slot.ts";
import { useRetryingLoad } from "./use-retrying-load.ts";

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * A dialog whose code is fetched when first wanted. Unlike `React.lazy`, a failed fetch is not kept:
 * the failure is shown where the dialog would be, with Retry, and the dialog opens once it loads.
 */
export function lazyDialog<P extends DialogProps>(load: () => Promise<ComponentType<P>>, what: string) {
  const slot = createLoadSlot(load);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per import at module load, never while rendering
  function LazyDialog(props: P) {
    const { value: Dialog, error, pending, retry } = useRetryingLoad(slot);
    // Parts of the dialog may load lazily themselves: they suspend here, not the whole page.
    if (Dialog)
      return (
        <Suspense fallback={null}>
          <Dialog {...props} />
        </Suspense>
      );
    if (error === null || !props.open) return null;
    return (
      <div className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-md">
        <LoadFailed
          what={what}
          error={error}
          pending={pending}
          onRetry={retry}
          onClose={() => props.onOpenChange(false)}
        />
      </div>
    );
  }
  return Object.assign(LazyDialog, { preload: () => void slot.load().catch(() => undefined) });
}
