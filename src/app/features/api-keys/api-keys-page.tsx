import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useParams } from "react-router";
import { parseApiKeyIds } from "#api/api-key-format.ts";
import type { ApiKey } from "#api/schemas/api-key.ts";
import { Button } from "#app/components/ui/button.tsx";
import { sessionQueries } from "#app/lib/session-queries.ts";
import { usePageAllowed } from "#app/lib/use-page-allowed.ts";
import { useApi, useSessionState, useSignOut } from "#app/lib/use-session.ts";
import { apiKeyQueries } from "./api-key-queries.ts";
import { ApiKeysTable } from "./api-keys-table.tsx";
import { CreateApiKeyDialog } from "./create-api-key-dialog.tsx";
import { DeleteApiKeyDialog } from "./delete-api-key-dialog.tsx";

export function ApiKeysPage() {
  const api = useApi();
  const signOut = useSignOut();
  const projectId = useParams().projectId ?? "";
  const allowed = usePageAllowed(projectId, "admin");
  const keys = useQuery({ ...apiKeyQueries.list(api, projectId), enabled: allowed });
  const me = useQuery(sessionQueries.me(api));
  const token = useSessionState().session?.token ?? "";
  const sessionKeyId = useMemo(() => parseApiKeyIds(token)?.keyId ?? null, [token]);
  const [creating, setCreating] = useState(false);
  const [doomed, setDoomed] = useState<ApiKey | null>(null);

  return (
    <section className="grid gap-3" aria-label="API keys">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="max-w-prose text-sm text-muted">
          Project API keys (<code>ma-…</code>) let programs use this project's API as an admin, on behalf of the person
          who created them. A key is shown once, when it is created.
        </p>
        <Button variant="primary" onClick={() => setCreating(true)}>
          New API key
        </Button>
      </div>
      <ApiKeysTable query={keys} sessionKeyId={sessionKeyId} myUserId={me.data?.id} onDelete={setDoomed} />
      <CreateApiKeyDialog projectId={projectId} open={creating} onOpenChange={setCreating} />
      <DeleteApiKeyDialog
        projectId={projectId}
        apiKey={doomed}
        isSessionKey={doomed !== null && doomed.id === sessionKeyId}
        onClose={() => setDoomed(null)}
        onDeletedSessionKey={signOut}
      />
    </section>
  );
}
