import { createColumnHelper } from "@tanstack/react-table";
import type { OAuthClient } from "#api/schemas/oauth-client.ts";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { clientLabel } from "./oauth-client-form.ts";

const column = createColumnHelper<ServerTableFeatures, OAuthClient>();

export interface OAuthClientColumnsOptions {
  onView: (client: OAuthClient) => void;
  onEdit: (client: OAuthClient) => void;
  onDelete: (client: OAuthClient) => void;
}

const joined = (values: readonly string[]) => (values.length === 0 ? "—" : values.join(", "));

export const oauthClientColumns = ({ onView, onEdit, onDelete }: OAuthClientColumnsOptions) =>
  column.columns([
    column.display({
      id: "client",
      header: "Client",
      cell: ({ row: { original } }) => (
        <div className="grid w-36 min-w-0 lg:w-40">
          <button
            type="button"
            onClick={() => onView(original)}
            className="min-w-0 rounded text-left font-medium text-accent hover:underline"
          >
            <UntrustedText>{clientLabel(original)}</UntrustedText>
          </button>
          <code title={original.clientId} className="block truncate text-xs text-muted">
            {original.clientId}
          </code>
        </div>
      ),
    }),
    column.display({
      id: "grantTypes",
      header: "Grant types",
      meta: { className: "hidden lg:table-cell" },
      cell: ({ row: { original } }) => (
        <UntrustedText className="w-32 text-xs">{joined(original.grantTypes)}</UntrustedText>
      ),
    }),
    column.display({
      id: "redirectUris",
      header: "Redirect URIs",
      cell: ({ row: { original } }) => (
        <div className="w-36 min-w-0 lg:w-48">
          <UntrustedText className="font-mono text-xs">{original.redirectUris[0] ?? "—"}</UntrustedText>
          {original.redirectUris.length > 1 && (
            <span className="text-xs text-muted">and {original.redirectUris.length - 1} more</span>
          )}
        </div>
      ),
    }),
    column.display({
      id: "scope",
      header: "Scope",
      meta: { className: "hidden sm:table-cell" },
      cell: ({ row: { original } }) => (
        <UntrustedText className="w-32 font-mono text-xs lg:w-40">{original.scope || "—"}</UntrustedText>
      ),
    }),
    column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: "w-32 text-right" },
      cell: ({ row: { original } }) => {
        const label = clientLabel(original).slice(0, 100);
        return (
          <div className="flex justify-end gap-1">
            <Button size="sm" variant="ghost" onClick={() => onEdit(original)} aria-label={`Edit ${label}`}>
              Edit
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onDelete(original)} aria-label={`Delete ${label}`}>
              Delete
            </Button>
          </div>
        );
      },
    }),
  ]);
