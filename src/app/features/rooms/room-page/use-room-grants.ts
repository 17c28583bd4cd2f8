import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
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
  // Grants name their holder by id only; profiles are cached per user across pages.
  const profiles = useQueries({ queries: grants.map((grant) => memberQueries.profile(api, grant.userId)) });
  const profileKey = profiles.map((p) => p.data?.id ?? (p.isError ? "!" : "?")).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: profileKey stands for `profiles`, a new array every render
  const rows = useMemo<RoomGrantRow[]>(
    () => grants.map((g, i) => ({ ...g, profile: profiles[i]?.isError ? null : profiles[i]?.data })),
    [grants, profileKey],
  );
  return { search, query, rows, total: query.data?.total };
}
