import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "#app/lib/use-session.ts";
import { apiKeyKeys } from "./api-key-queries.ts";

export function useCreateApiKey(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; description: string }) =>
      api.createApiKey(projectId, body.name, body.description),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all(projectId) }),
  });
}

export function useDeleteApiKey(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (p: { keyId: string; endsSession: boolean }) => api.deleteApiKey(projectId, p.keyId),
    // With the session's own key gone, a refetch would only meet a 401: the caller signs out instead.
    onSuccess: (_none, p) =>
      p.endsSession ? undefined : queryClient.invalidateQueries({ queryKey: apiKeyKeys.all(projectId) }),
  });
}
