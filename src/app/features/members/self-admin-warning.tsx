import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";

interface SelfAdminWarningProps {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asked before the caller takes away their own admin flag. */
export function SelfAdminWarning({ open, onConfirm, onCancel }: SelfAdminWarningProps) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => !next && onCancel()}
      title="Remove your own admin flag?"
      confirmLabel="Remove my admin flag"
      onConfirm={onConfirm}
    >
      <p>
        You will no longer manage this project's rooms, members, grants, API keys or settings, and another admin has to
        give the flag back.
      </p>
      <p className="text-muted">If you are the last admin, the server refuses the change.</p>
    </ConfirmDialog>
  );
}
