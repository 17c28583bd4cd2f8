import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateRoomParams } from "#api/client.ts";
import { grantKeys } from "#app/lib/grant-queries.ts";
import { roomKeys } from "#app/lib/room-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

export function useCreateRoom(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (params: CreateRoomParams) => api.createRoom(projectId, params),
    onSuccess: async (_room, params) => {
      const grantees = Object.keys(params.permissions ?? {});
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roomKeys.lists(projectId) }),
        ...grantees.map((userId) => queryClient.invalidateQueries({ queryKey: grantKeys.user(projectId, userId) })),
      ]);
    },
  });
}
