import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import { projectKeys } from "./project-queries.ts";

export interface MemberListParams {
  limit: number;
  offset: number;
  filter: string;
}

// Project members (the `users` of a project) and the profiles of the people behind them.
export const memberKeys = {
  all: (projectId: string) => [...projectKeys.project(projectId), "members"] as const,
  lists: (projectId: string) => [...memberKeys.all(projectId), "list"] as const,
  list: (projectId: string, params: MemberListParams) => [...memberKeys.lists(projectId), params] as const,
  /** Every member of the project in one list (the matrix's axis): a list, so what refreshes lists refreshes it. */
  every: (projectId: string) => [...memberKeys.lists(projectId), "every"] as const,
  detail: (projectId: string, userId: string) => [...memberKeys.all(projectId), "detail", userId] as const,
  profile: (userId: string) => ["profiles", userId] as const,
};

// Profiles change rarely and are shown beside many grants: keep them for a few minutes.
const PROFILE_STALE_MS = 5 * 60_000;

export const memberQueries = {
  list: (api: Meshagent, projectId: string, params: MemberListParams) =>
    queryOptions({
      queryKey: memberKeys.list(projectId, params),
      queryFn: ({ signal }) =>
        api.listMembers(
          projectId,
          { limit: params.limit, offset: params.offset, filter: params.filter || undefined },
          { signal },
        ),
    }),
  /** One member: the API has no GET for a member, so this filters the list by id (which it matches). */
  detail: (api: Meshagent, projectId: string, userId: string) =>
    queryOptions({
      queryKey: memberKeys.detail(projectId, userId),
      queryFn: async ({ signal }) => {
        const page = await api.listMembers(projectId, { limit: 20, filter: userId }, { signal });
        const member = page.users.find((user) => user.id === userId);
        if (!member) throw new NotFoundError(404, "GET", "users", "This user is not a member of the project", "");
        return member;
      },
    }),
  profile: (api: Meshagent, userId: string) =>
    queryOptions({
      queryKey: memberKeys.profile(userId),
      queryFn: ({ signal }) => api.getUserProfile(userId, { signal }),
      staleTime: PROFILE_STALE_MS,
      retry: false,
    }),
};
