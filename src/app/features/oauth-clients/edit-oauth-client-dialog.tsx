import { toast } from "sonner";
import type { OAuthClient } from "#api/schemas/oauth-client.ts";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { clientLabel, oauthClientToForm } from "./oauth-client-form.ts";
import { OAuthClientFormBody } from "./oauth-client-form-body.tsx";
import { useUpdateOAuthClient } from "./use-oauth-client-mutations.ts";

interface EditOAuthClientDialogProps {
  projectId: string;
  /** The client to edit; the dialog is open while it is set. */
  client: OAuthClient | null;
  onClose: () => void;
}

/** Every field of a client, saved together; the secret stays as it is. */
export function EditOAuthClientDialog({ projectId, client, onClose }: EditOAuthClientDialogProps) {
  const update = useUpdateOAuthClient(projectId);
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <Dialog
      open={client !== null}
      onOpenChange={(next) => !next && !update.isPending && close()}
      title={`Edit OAuth client ${client ? clientLabel(client).slice(0, 60) : ""}`}
      description="The client ID and secret stay the same."
      size="lg"
    >
      {client && (
        <OAuthClientFormBody
          defaultValues={oauthClientToForm(client)}
          submit={async (params) => {
            await update.mutateAsync({ clientId: client.clientId, params });
            toast.success("OAuth client saved");
            close();
          }}
          pending={update.isPending}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          onCancel={close}
        />
      )}
    </Dialog>
  );
}
