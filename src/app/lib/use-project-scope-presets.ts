import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { projectKeys, projectQueries } from "./project-queries.ts";
import { type ProjectScopePreset, readScopePresets, withScopePreset } from "./scope-presets-settings.ts";
import { useApi } from "./use-session.ts";

/** The project's saved scope presets, and saving one (read-modify-write of the settings object). */
export function useProjectScopePresets(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const info = useQuery(projectQueries.info(api, projectId));
  const read = readScopePresets(info.data?.settings);
  const save = useMutation({
    // Read the settings just before writing, so a change made meanwhile elsewhere is not lost.
    mutationFn: async (preset: ProjectScopePreset) => {
      const fresh = await api.getProject(projectId);
      await api.updateProjectSettings(projectId, withScopePreset(fresh.settings, preset));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId) }),
  });
  return { presets: read.presets, unreadable: read.unreadable, isPending: info.isPending, save };
}
