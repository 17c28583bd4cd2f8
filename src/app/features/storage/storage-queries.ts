import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import { projectKeys } from "#app/lib/project-queries.ts";

export const storageKeys = {
  all: (projectId: string) => [...projectKeys.project(projectId), "storage"] as const,
  folder: (projectId: string, folder: string) => [...storageKeys.all(projectId), "folder", folder] as const,
};

export const storageQueries = {
  /** A folder's entries where the server can list (local-only); `null` when it answers 404 for the root. */
  folder: (api: Meshagent, projectId: string, folder: string) =>
    queryOptions({
      queryKey: storageKeys.folder(projectId, folder),
      queryFn: ({ signal }) => api.listStorage(projectId, folder, { signal }),
      retry: (count, error) => !(error instanceof NotFoundError) && count < 1,
    }),
};
