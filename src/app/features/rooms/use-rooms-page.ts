import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useParams } from "react-router";
import type { Room } from "#api/schemas/room.ts";
import { usePrefetchNextPage } from "#app/components/data-table/use-prefetch-next-page.ts";
import { useTableSearchParams } from "#app/components/data-table/use-table-search-params.ts";
import { grantCountQueries } from "#app/lib/grant-queries.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { type RoomListParams, roomQueries } from "#app/lib/room-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { roomOrderBy } from "./room-order.ts";

export interface RoomRow extends Room {
  /** Grants in the room; `undefined` while loading, `null` when the caller may not read grants. */
  grantCount: number | null | undefined;
}

const noRooms: Room[] = [];

/** One page of the project's rooms, as the URL describes it, with each visible room's grant count. */
export function useRoomsPage() {
  const api = useApi();
  const projectId = useParams().projectId ?? "";
  const search = useTableSearchParams({ sort: "name" });
  const { pageIndex, pageSize } = search.pagination;
  const orderBy = roomOrderBy(search.sorting);
  const params = useMemo<RoomListParams>(
    () => ({
      limit: pageSize,
      offset: pageIndex * pageSize,
      orderBy,
      filter: search.filter,
    }),
    [pageIndex, pageSize, orderBy, search.filter],
  );
  const query = useQuery({ ...roomQueries.list(api, projectId, params), placeholderData: keepPreviousData });
  const total = query.data?.total;
  const rooms = query.data?.rooms ?? noRooms;
  usePrefetchNextPage(params, total, (next) => roomQueries.list(api, projectId, next));

  // Only admins may read grants. Every room's count comes from by-room, 1,000 a request, not one
  // request per row; rooms absent from it hold none.
  const role = useQuery(projectQueries.role(api, projectId));
  const canReadGrants = role.data?.isAdmin ?? false;
  const counts = useQuery({ ...grantCountQueries.rooms(api, projectId), enabled: canReadGrants });
  const rows = useMemo<RoomRow[]>(
    () =>
      rooms.map((room) => ({
        ...room,
        grantCount:
          (role.data && !canReadGrants) || counts.isError ? null : counts.data && (counts.data.get(room.id) ?? 0),
      })),
    [rooms, counts.data, counts.isError, canReadGrants, role.data],
  );

  return { projectId, search, query, rows, total };
}
