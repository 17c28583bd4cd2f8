import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useParams } from "react-router";
import type { Room } from "#api/schemas/room.ts";
import { useTableSearchParams } from "#app/components/data-table/use-table-search-params.ts";
import { useApi } from "#app/lib/use-session.ts";
import { type RoomListParams, roomQueries } from "./room-queries.ts";

const noRooms: Room[] = [];

/** One page of the project's rooms, as the URL describes it; the next page is fetched ahead. */
export function useRoomsPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const projectId = useParams().projectId ?? "";
  const search = useTableSearchParams({ sort: "name" });
  const { pageIndex, pageSize } = search.pagination;
  const desc = search.sorting[0]?.desc ?? false;
  const params = useMemo<RoomListParams>(
    () => ({
      limit: pageSize,
      offset: pageIndex * pageSize,
      orderBy: desc ? "-room_name" : "room_name",
      filter: search.filter,
    }),
    [pageIndex, pageSize, desc, search.filter],
  );
  const query = useQuery({ ...roomQueries.list(api, projectId, params), placeholderData: keepPreviousData });
  const total = query.data?.total;
  const hasNext = total !== undefined && params.offset + params.limit < total;

  useEffect(() => {
    if (!hasNext) return;
    void queryClient.prefetchQuery(
      roomQueries.list(api, projectId, { ...params, offset: params.offset + params.limit }),
    );
  }, [hasNext, queryClient, api, projectId, params]);

  return { projectId, search, query, rooms: query.data?.rooms ?? noRooms, total };
}
