import type { ApiKey } from "#api/schemas/api-key.ts";
import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { useDeleteApiKey } from "./use-api-key-mutations.ts";

interface DeleteApiKeyDialogProps {
  projectId: string;
  /** The key to delete; the dialog is open while it is set. */
  apiKey: ApiKey | null;
  /** This console is connected with this very key: deleting it ends the session. */
  isSessionKey: boolean;
  onClose: () => void;
  onDeletedSessionKey: () => void;
}

export function DeleteApiKeyDialog({
  projectId,
  apiKey,
  isSessionKey,
  onClose,
  onDeletedSessionKey,
}: DeleteApiKeyDialogProps) {
  const remove = useDeleteApiKey(projectId);
  return (
    <ConfirmDialog
      open={apiKey !== null}
      onOpenChange={(next) => {
        if (!next) {
          remove.reset();
          onClose();
        }
      }}
      title="Delete this API key?"
      confirmLabel={isSessionKey ? "Delete and sign out" : "Delete key"}
      pendingLabel="Deleting…"
      pending={remove.isPending}
      error={remove.isError ? describeError(remove.error) : null}
      onConfirm={() =>
        apiKey &&
        remove.mutate(
          { keyId: apiKey.id, endsSession: isSessionKey },
          {
            onSuccess: () => {
              remove.reset();
              if (isSessionKey) onDeletedSessionKey();
              else onClose();
            },
          },
        )
      }
    >
      <UntrustedText className="font-semibold">{apiKey?.name ?? ""}</UntrustedText>
      <p>Anything that still uses it is refused from then on. This cannot be undone.</p>
      {isSessionKey && (
        <p role="note" className="rounded-md bg-warn-soft px-3 py-2 text-warn-fg">
          This console is connected with this key: deleting it ends your session, and you will need another token to
          connect again.
        </p>
      )}
    </ConfirmDialog>
  );
}
