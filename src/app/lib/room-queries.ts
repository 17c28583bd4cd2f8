import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";

export interface RoomListParams {
  limit: number;
  offset: number;
  /** `room_name` or `-room_name`. */
  orderBy: string;
  filter: string;
}

export const roomKeys = {
  all: (projectId: string) => ["projects", projectId, "rooms"] as const,
  list: (projectId: string, params: RoomListParams) => [...roomKeys.all(projectId), params] as const,
};

export const roomQueries = {
  list: (api: Meshagent, projectId: string, params: RoomListParams) =>
    queryOptions({
      queryKey: roomKeys.list(projectId, params),
      queryFn: ({ signal }) =>
        api.listRooms(
          projectId,
          { limit: params.limit, offset: params.offset, orderBy: params.orderBy, filter: params.filter || undefined },
          { signal },
        ),
    }),
};
