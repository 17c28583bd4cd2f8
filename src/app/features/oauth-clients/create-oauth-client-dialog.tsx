import type { OAuthClient } from "#api/schemas/oauth-client.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { ShownOnceSecret } from "#app/components/ui/shown-once-secret.tsx";
import { ClientIdLine } from "./client-id-line.tsx";
import { emptyOAuthClientForm } from "./oauth-client-form.ts";
import { OAuthClientFormBody } from "./oauth-client-form-body.tsx";
import { useCreateOAuthClient } from "./use-oauth-client-mutations.ts";

interface CreateOAuthClientDialogProps {
  projectId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Describe a client; once created, its secret is shown this once with Copy. */
export function CreateOAuthClientDialog({ projectId, open, onOpenChange }: CreateOAuthClientDialogProps) {
  const create = useCreateOAuthClient(projectId);
  const created: OAuthClient | undefined = create.data;
  const close = () => {
    onOpenChange(false);
    create.reset();
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : !create.isPending && close())}
      title={created ? "OAuth client created" : "New OAuth client"}
      description={created ? undefined : "An application that signs people in to this project with OAuth."}
      size="lg"
    >
      {created ? (
        <div className="grid gap-4">
          <ClientIdLine clientId={created.clientId} />
          {created.clientSecret ? (
            <ShownOnceSecret label="Client secret" value={created.clientSecret} />
          ) : (
            <p role="note" className="text-sm text-muted">
              The server returned no client secret for this client.
            </p>
          )}
          <div className="flex justify-end">
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <OAuthClientFormBody
          defaultValues={emptyOAuthClientForm}
          submit={(params) => create.mutateAsync(params)}
          pending={create.isPending}
          submitLabel="Create client"
          pendingLabel="Creating…"
          onCancel={close}
        />
      )}
    </Dialog>
  );
}
