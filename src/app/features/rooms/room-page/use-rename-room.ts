import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import type { Room, RoomsPage } from "#api/schemas/room.ts";
import { grantKeys } from "#app/lib/grant-queries.ts";
import { roomPath } from "#app/lib/project-paths.ts";
import { roomKeys } from "#app/lib/room-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

interface RenameRoom {
  /** The room as it was before, as the URL names it. */
  room: Room;
  name: string;
}

/**
 * Renames a room optimistically: the page and cached lists show the new name at once, and go back
 * to the old one if the server refuses. The id stays, so grants follow; only the URL changes.
 */
export function useRenameRoom(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const renameIn = (page: RoomsPage | undefined, id: string, name: string) =>
    page && { ...page, rooms: page.rooms.map((r) => (r.id === id ? { ...r, name } : r)) };

  return useMutation({
    mutationFn: ({ room, name }: RenameRoom) =>
      api.updateRoom(projectId, room.id, { name, metadata: room.metadata, annotations: room.annotations }),
    onMutate: async ({ room, name }) => {
      const detailKey = roomKeys.detail(projectId, room.name);
      await queryClient.cancelQueries({ queryKey: roomKeys.all(projectId) });
      const lists = queryClient.getQueriesData<RoomsPage>({ queryKey: roomKeys.lists(projectId) });
      queryClient.setQueryData<Room>(detailKey, { ...room, name });
      queryClient.setQueriesData<RoomsPage>({ queryKey: roomKeys.lists(projectId) }, (p) => renameIn(p, room.id, name));
      return { lists };
    },
    onError: (_error, { room }, before) => {
      queryClient.setQueryData(roomKeys.detail(projectId, room.name), room);
      for (const [key, data] of before?.lists ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (_ack, { room, name }) => {
      queryClient.setQueryData<Room>(roomKeys.detail(projectId, name), { ...room, name });
      navigate(roomPath(projectId, name), { replace: true });
      // The old name may be taken by another room later: refetch it when next shown.
      void queryClient.invalidateQueries({ queryKey: roomKeys.detail(projectId, room.name), refetchType: "none" });
      // Grants carry the room's name: the lists by user show it.
      void queryClient.invalidateQueries({ queryKey: grantKeys.users(projectId) });
      void queryClient.invalidateQueries({ queryKey: roomKeys.lists(projectId) });
    },
  });
}
