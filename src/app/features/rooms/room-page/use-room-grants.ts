import { keepPreviousData, type UseQueryResult, useQueries, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { UserProfile } from "#api/schemas/profile.ts";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";
import { usePrefetchNextPage } from "#app/components/data-table/use-prefetch-next-page.ts";
import { useTableSearchParams } from "#app/components/data-table/use-table-search-params.ts";
import { grantQueries } from "#app/lib/grant-queries.ts";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

export interface RoomGrantRow extends ProjectRoomGrant {
  /** Who holds the grant; `undefined` while loading, `null` when the profile cannot be read. */
  profile: UserProfile | null | undefined;
}

const noGrants: ProjectRoomGrant[] = [];

/** One page of the grants in a room (by e-mail, as the API orders them), with each holder's profile. */
export function useRoomGrants(projectId: string, roomId: string) {
  const api = useApi();
  const search = useTableSearchParams({ pageSize: 10 });
  const { pageIndex, pageSize } = search.pagination;
  const params = { limit: pageSize, offset: pageIndex * pageSize, filter: search.filter || undefined };
  const query = useQuery({
    ...grantQueries.byRoom(api, projectId, roomId, params),
    placeholderData: keepPreviousData,
  });
  usePrefetchNextPage(params, query.data?.total, (next) => grantQueries.byRoom(api, projectId, roomId, next));
  const grants = query.data?.roomGrants ?? noGrants;
  // Grants name their holder by id only; profiles are cached per user across pages. `combine` runs
  // again only when the grants or a profile query's result change, so `rows` keeps its identity.
  const withProfiles = useCallback(
    (profiles: UseQueryResult<UserProfile>[]): RoomGrantRow[] =>
      grants.map((g, i) => ({ ...g, profile: profiles[i]?.isError ? null : profiles[i]?.data })),
    [grants],
  );
  const rows = useQueries({
    queries: grants.map((grant) => memberQueries.profile(api, grant.userId)),
    combine: withProfiles,
  });
  return { search, query, rows, total: query.data?.total };
}
