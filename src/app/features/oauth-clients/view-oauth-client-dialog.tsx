import type { ReactNode } from "react";
import type { OAuthClient } from "#api/schemas/oauth-client.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { ClientIdLine } from "./client-id-line.tsx";
import { clientLabel } from "./oauth-client-form.ts";

interface ViewOAuthClientDialogProps {
  client: OAuthClient | null;
  onClose: () => void;
  onEdit: (client: OAuthClient) => void;
  onDelete: (client: OAuthClient) => void;
}

const none = <span className="text-muted">None</span>;

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid min-w-0 gap-1 sm:grid-cols-[9rem_1fr]">
      <dt className="text-sm font-medium text-muted">{term}</dt>
      <dd className="grid min-w-0 gap-1 text-sm">{children}</dd>
    </div>
  );
}

const codeList = (values: readonly string[]) =>
  values.length === 0
    ? none
    : [...new Set(values)].map((value) => (
        <code key={value} className="block min-w-0 truncate text-xs" title={value}>
          {value}
        </code>
      ));

/** Everything the server says about a client (its secret it never says again). */
export function ViewOAuthClientDialog({ client, onClose, onEdit, onDelete }: ViewOAuthClientDialogProps) {
  const metadata = Object.entries(client?.metadata ?? {});
  return (
    <Dialog
      open={client !== null}
      onOpenChange={(next) => !next && onClose()}
      title={client ? `OAuth client ${clientLabel(client).slice(0, 60)}` : "OAuth client"}
      size="lg"
    >
      {client && (
        <>
          <ClientIdLine clientId={client.clientId} />
          <dl className="grid min-w-0 gap-3">
            <Entry term="Grant types">{codeList(client.grantTypes)}</Entry>
            <Entry term="Response types">{codeList(client.responseTypes)}</Entry>
            <Entry term="Redirect URIs">{codeList(client.redirectUris)}</Entry>
            <Entry term="Scope">{client.scope ? codeList(client.scope.split(" ")) : none}</Entry>
            <Entry term="Metadata">
              {metadata.length === 0
                ? none
                : metadata.map(([key, value]) => (
                    <div key={key} className="grid min-w-0 grid-cols-[minmax(0,1fr)_minmax(0,2fr)] gap-2">
                      <UntrustedText className="font-mono text-xs">{key}</UntrustedText>
                      <UntrustedText className="text-xs">{value}</UntrustedText>
                    </div>
                  ))}
            </Entry>
            <Entry term="Official">{client.official ? "Yes" : "No"}</Entry>
            <Entry term="Secret">
              <span className="text-muted">Shown only when the client was created.</span>
            </Entry>
          </dl>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="danger" onClick={() => onDelete(client)}>
              Delete…
            </Button>
            <Button onClick={() => onEdit(client)}>Edit</Button>
            <Button variant="primary" onClick={onClose}>
              Close
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
