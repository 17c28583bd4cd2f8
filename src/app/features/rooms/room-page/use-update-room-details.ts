import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Annotations, JsonObject } from "#api/schemas/json.ts";
import type { Room } from "#api/schemas/room.ts";
import { roomKeys } from "#app/lib/room-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

/** Saves a room's metadata and annotations (not optimistic: the server may refuse the values). */
export function useUpdateRoomDetails(projectId: string, room: Room) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (details: { metadata: JsonObject; annotations: Annotations }) =>
      api.updateRoom(projectId, room.id, { name: room.name, ...details }),
    onSuccess: (_ack, details) => {
      queryClient.setQueryData<Room>(roomKeys.detail(projectId, room.name), { ...room, ...details });
      void queryClient.invalidateQueries({ queryKey: roomKeys.lists(projectId) });
    },
  });
}
