import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { useApi } from "#app/lib/use-session.ts";
import { roomKeys } from "./room-queries.ts";

export function useCreateRoom(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.createRoom(projectId, { name }),
    onSuccess: async (room) => {
      toast.success(`Room “${room.name}” created`);
      await queryClient.invalidateQueries({ queryKey: roomKeys.all(projectId) });
    },
  });
}
