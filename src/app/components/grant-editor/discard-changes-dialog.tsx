import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";
import type { LeaveQuestion } from "#app/lib/use-unsaved-changes-guard.ts";

/** Asks before leaving throws away unsaved edits; Cancel (focused first) keeps editing. */
export function DiscardChangesDialog({ question }: { question: LeaveQuestion }) {
  return (
    <ConfirmDialog
      open={question.open}
      onOpenChange={(open) => !open && question.keep()}
      title="Discard your changes?"
      description="The scope you edited has not been saved."
      confirmLabel="Discard changes"
      onConfirm={question.discard}
    />
  );
}
