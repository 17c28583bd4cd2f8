import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";

// Projects are shared by the project list, the project layout and every project page.
export const projectKeys = {
  all: ["projects"] as const,
  list: () => [...projectKeys.all, "list"] as const,
  detail: (projectId: string) => [...projectKeys.all, projectId] as const,
  info: (projectId: string) => [...projectKeys.detail(projectId), "info"] as const,
  role: (projectId: string) => [...projectKeys.detail(projectId), "role"] as const,
};

export const projectQueries = {
  list: (api: Meshagent) =>
    queryOptions({
      queryKey: projectKeys.list(),
      queryFn: ({ signal }) => api.listProjects({ signal }),
      select: (data) => data.projects,
    }),
  info: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: projectKeys.info(projectId),
      queryFn: ({ signal }) => api.getProject(projectId, { signal }),
    }),
  role: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: projectKeys.role(projectId),
      queryFn: ({ signal }) => api.getProjectRole(projectId, { signal }),
      staleTime: 60_000,
    }),
};
