import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";

// Projects are shared by the project list, the project layout and every project page. `project(id)`
// prefixes everything of one project (its rooms, members and grants too: lib/*-queries.ts); the
// project's own data sits beside those under `detail(id)`, so saving its settings refetches only that.
export const projectKeys = {
  all: ["projects"] as const,
  list: () => [...projectKeys.all, "list"] as const,
  project: (projectId: string) => [...projectKeys.all, projectId] as const,
  detail: (projectId: string) => [...projectKeys.project(projectId), "detail"] as const,
  role: (projectId: string) => [...projectKeys.project(projectId), "role"] as const,
  status: (projectId: string) => [...projectKeys.project(projectId), "status"] as const,
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
      queryKey: projectKeys.detail(projectId),
      queryFn: ({ signal }) => api.getProject(projectId, { signal }),
    }),
  role: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: projectKeys.role(projectId),
      queryFn: ({ signal }) => api.getProjectRole(projectId, { signal }),
      staleTime: 60_000,
    }),
  status: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: projectKeys.status(projectId),
      queryFn: ({ signal }) => api.getProjectStatus(projectId, { signal }),
    }),
};
