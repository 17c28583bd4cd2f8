import { useMemo, useState } from "react";
import { useParams } from "react-router";
import type { OAuthClient } from "#api/schemas/oauth-client.ts";
import { PagedTableSection } from "#app/components/data-table/paged-table-section.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { CreateOAuthClientDialog } from "./create-oauth-client-dialog.tsx";
import { DeleteOAuthClientDialog } from "./delete-oauth-client-dialog.tsx";
import { EditOAuthClientDialog } from "./edit-oauth-client-dialog.tsx";
import { oauthClientColumns } from "./oauth-client-columns.tsx";
import { useOAuthClientsPage } from "./use-oauth-clients-page.ts";
import { ViewOAuthClientDialog } from "./view-oauth-client-dialog.tsx";

const rowId = (client: OAuthClient) => client.clientId;

type Open = { kind: "view" | "edit" | "delete"; client: OAuthClient } | null;

export function OAuthClientsPage() {
  const projectId = useParams().projectId ?? "";
  const list = useOAuthClientsPage(projectId);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const columns = useMemo(
    () =>
      oauthClientColumns({
        onView: (client) => setOpen({ kind: "view", client }),
        onEdit: (client) => setOpen({ kind: "edit", client }),
        onDelete: (client) => setOpen({ kind: "delete", client }),
      }),
    [],
  );
  const openAs = (kind: "view" | "edit" | "delete") => (open?.kind === kind ? open.client : null);
  const close = () => setOpen(null);

  return (
    <>
      <PagedTableSection
        title="OAuth clients"
        titled="label"
        intro={
          <p className="max-w-prose text-sm text-muted">
            Applications that sign people in to this project with OAuth. A client's secret is shown once, when it is
            created.
          </p>
        }
        list={list}
        columns={columns}
        getRowId={rowId}
        noun={["client", "clients"]}
        orderNote="Oldest first. The API cannot sort OAuth clients, so the columns are not sortable."
        filterLabel="Filter by client ID, scope or metadata"
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            New OAuth client
          </Button>
        }
        empty={
          <>
            <p className="font-medium">No OAuth clients yet</p>
            <p className="text-muted">Create one for an application that signs people in with Meshagent.</p>
          </>
        }
      />
      <CreateOAuthClientDialog projectId={projectId} open={creating} onOpenChange={setCreating} />
      <ViewOAuthClientDialog
        client={openAs("view")}
        onClose={close}
        onEdit={(client) => setOpen({ kind: "edit", client })}
        onDelete={(client) => setOpen({ kind: "delete", client })}
      />
      <EditOAuthClientDialog projectId={projectId} client={openAs("edit")} onClose={close} />
      <DeleteOAuthClientDialog projectId={projectId} client={openAs("delete")} onClose={close} />
    </>
  );
}
