import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { toast } from "sonner";
import type { Room } from "#api/schemas/room.ts";
import { refreshAfterRoomDeleted } from "#app/lib/refresh-after-removal.ts";
import { useApi } from "#app/lib/use-session.ts";

/** Deletes a room (the server deletes its grants with it), then goes back to the rooms list. */
export function useDeleteRoom(projectId: string, room: Room) {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.deleteRoom(projectId, room.id),
    onSuccess: () => {
      toast.success(`Room “${room.name.slice(0, 80)}” deleted`);
      navigate(`/project/${encodeURIComponent(projectId)}/rooms`, { replace: true });
      // Marked stale, not removed: the page still shows the room until the navigation renders.
      void refreshAfterRoomDeleted(queryClient, projectId, room);
    },
  });
}
