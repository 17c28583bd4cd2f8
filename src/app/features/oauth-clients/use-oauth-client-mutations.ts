import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { OAuthClientParams } from "#api/client.ts";
import { useApi } from "#app/lib/use-session.ts";
import { oauthClientKeys } from "./oauth-client-queries.ts";

function useInvalidateClients(projectId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: oauthClientKeys.all(projectId) });
}

export function useCreateOAuthClient(projectId: string) {
  const api = useApi();
  const invalidate = useInvalidateClients(projectId);
  return useMutation({
    mutationFn: (params: OAuthClientParams) => api.createOAuthClient(projectId, params),
    onSuccess: invalidate,
  });
}

export function useUpdateOAuthClient(projectId: string) {
  const api = useApi();
  const invalidate = useInvalidateClients(projectId);
  return useMutation({
    mutationFn: (p: { clientId: string; params: OAuthClientParams }) =>
      api.updateOAuthClient(projectId, p.clientId, p.params),
    onSuccess: invalidate,
  });
}

export function useDeleteOAuthClient(projectId: string) {
  const api = useApi();
  const invalidate = useInvalidateClients(projectId);
  return useMutation({
    mutationFn: (clientId: string) => api.deleteOAuthClient(projectId, clientId),
    onSuccess: invalidate,
  });
}
