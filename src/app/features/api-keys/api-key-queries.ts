import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import { projectKeys } from "#app/lib/project-queries.ts";

export const apiKeyKeys = {
  all: (projectId: string) => [...projectKeys.project(projectId), "api-keys"] as const,
};

export const apiKeyQueries = {
  list: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: apiKeyKeys.all(projectId),
      queryFn: ({ signal }) => api.listApiKeys(projectId, { signal }),
      select: (data) => data.keys,
    }),
};
