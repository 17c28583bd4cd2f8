import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { toast } from "sonner";
import { projectKeys } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

export function useCreateProject() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (name: string) => api.createProject(name),
    onSuccess: async (project) => {
      toast.success(`Project “${project.name}” created`);
      await queryClient.invalidateQueries({ queryKey: projectKeys.list() });
      navigate(`/project/${encodeURIComponent(project.id)}/rooms`);
    },
  });
}
