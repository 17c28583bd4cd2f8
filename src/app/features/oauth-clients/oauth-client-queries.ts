import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import { projectKeys } from "#app/lib/project-queries.ts";

export interface OAuthClientListParams {
  limit: number;
  offset: number;
  filter: string;
}

export const oauthClientKeys = {
  all: (projectId: string) => [...projectKeys.project(projectId), "oauth-clients"] as const,
  list: (projectId: string, params: OAuthClientListParams) =>
    [...oauthClientKeys.all(projectId), "list", params] as const,
};

export const oauthClientQueries = {
  list: (api: Meshagent, projectId: string, params: OAuthClientListParams) =>
    queryOptions({
      queryKey: oauthClientKeys.list(projectId, params),
      queryFn: ({ signal }) =>
        api.listOAuthClients(
          projectId,
          { limit: params.limit, offset: params.offset, filter: params.filter || undefined },
          { signal },
        ),
    }),
};
