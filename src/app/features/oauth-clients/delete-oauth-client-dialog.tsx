import type { OAuthClient } from "#api/schemas/oauth-client.ts";
import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { clientLabel } from "./oauth-client-form.ts";
import { useDeleteOAuthClient } from "./use-oauth-client-mutations.ts";

interface DeleteOAuthClientDialogProps {
  projectId: string;
  /** The client to delete; the dialog is open while it is set. */
  client: OAuthClient | null;
  onClose: () => void;
}

export function DeleteOAuthClientDialog({ projectId, client, onClose }: DeleteOAuthClientDialogProps) {
  const remove = useDeleteOAuthClient(projectId);
  const close = () => {
    remove.reset();
    onClose();
  };
  const label = client ? clientLabel(client) : "";
  return (
    <ConfirmDialog
      open={client !== null}
      onOpenChange={(next) => !next && close()}
      title="Delete this OAuth client?"
      confirmLabel="Delete client"
      pendingLabel="Deleting…"
      pending={remove.isPending}
      error={remove.isError ? describeError(remove.error) : null}
      onConfirm={() => client && remove.mutate(client.clientId, { onSuccess: close })}
    >
      <UntrustedText className="font-semibold">{label}</UntrustedText>
      {client && label !== client.clientId && <code className="block truncate text-xs">{client.clientId}</code>}
      <p>Applications that use it can no longer sign anyone in. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
