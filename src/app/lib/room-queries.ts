import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import { projectKeys } from "./project-queries.ts";

export interface RoomListParams {
  limit: number;
  offset: number;
  /** `room_name` or `-room_name`. */
  orderBy: string;
  filter: string;
}

// Rooms are read by the rooms list, the room page and other features' pickers.
export const roomKeys = {
  all: (projectId: string) => [...projectKeys.project(projectId), "rooms"] as const,
  lists: (projectId: string) => [...roomKeys.all(projectId), "list"] as const,
  list: (projectId: string, params: RoomListParams) => [...roomKeys.lists(projectId), params] as const,
  /** Every room of the project in one list (the matrix's axis): a list, so what refreshes lists refreshes it. */
  every: (projectId: string) => [...roomKeys.lists(projectId), "every"] as const,
  detail: (projectId: string, roomName: string) => [...roomKeys.all(projectId), "detail", roomName] as const,
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
  detail: (api: Meshagent, projectId: string, roomName: string) =>
    queryOptions({
      queryKey: roomKeys.detail(projectId, roomName),
      queryFn: ({ signal }) => api.getRoom(projectId, roomName, { signal }),
    }),
};
