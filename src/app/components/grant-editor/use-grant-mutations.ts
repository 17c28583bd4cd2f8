import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiScope } from "#api/scope/schema.ts";
import { refreshGrantQueries } from "#app/lib/grant-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

export interface GrantTarget {
  projectId: string;
  roomId: string;
  userId: string;
}

/** Create, update and revoke one user's grant in one room; each refreshes that room's and that user's grants. */
export function useGrantMutations({ projectId, roomId, userId }: GrantTarget) {
  const api = useApi();
  const queryClient = useQueryClient();
  const invalidate = () => refreshGrantQueries(queryClient, { projectId, roomId, userId });
  const create = useMutation({
    mutationFn: (permissions: ApiScope) => api.createRoomGrant(projectId, { roomId, userId, permissions }),
    onSuccess: invalidate,
  });
  const update = useMutation({
    mutationFn: (permissions: ApiScope) => api.updateRoomGrant(projectId, { roomId, userId, permissions }),
    onSuccess: invalidate,
  });
  const revoke = useMutation({
    mutationFn: () => api.deleteRoomGrant(projectId, roomId, userId),
    onSuccess: invalidate,
  });
  return { create, update, revoke };
}
