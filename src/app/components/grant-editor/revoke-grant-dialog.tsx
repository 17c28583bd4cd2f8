import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";

interface RevokeGrantDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  who: string;
  onConfirm: () => void;
  pending: boolean;
  error: string | null;
}

export function RevokeGrantDialog({ open, onOpenChange, who, onConfirm, pending, error }: RevokeGrantDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Revoke this grant?"
      confirmLabel={error ? "Retry" : "Revoke grant"}
      pendingLabel="Revoking…"
      onConfirm={onConfirm}
      pending={pending}
      error={error}
    >
      <UntrustedText mode="block" className="font-semibold">
        {who}
      </UntrustedText>
      <p>
        loses all access to the room's API: they can no longer connect to it. Their other grants stay. You can grant
        access again later.
      </p>
    </ConfirmDialog>
  );
}
