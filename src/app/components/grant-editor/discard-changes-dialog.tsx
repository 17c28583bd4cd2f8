import type { Blocker } from "react-router";
import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";

/** Asks before a blocked navigation throws away unsaved edits; Cancel (focused first) keeps editing. */
export function DiscardChangesDialog({ blocker }: { blocker: Blocker }) {
  return (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      onOpenChange={(open) => !open && blocker.reset?.()}
      title="Discard your changes?"
      description="The scope you edited has not been saved."
      confirmLabel="Discard changes"
      onConfirm={() => blocker.proceed?.()}
    />
  );
}
