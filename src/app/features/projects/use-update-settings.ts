import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { JsonObject } from "#api/schemas/json.ts";
import { projectKeys } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

export function useUpdateSettings(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: JsonObject) => api.updateProjectSettings(projectId, settings),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId) }),
  });
}
