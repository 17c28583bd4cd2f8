import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiScope } from "#api/scope/schema.ts";
import { grantKeys, isGrantDetailKey } from "#app/lib/grant-queries.ts";
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
  // The lists, counts and the grant itself sit under these two prefixes (lib/grant-queries.ts). All
  // are marked stale; the lists and counts on screen (the room or member page under the dialog) are
  // refetched now, the grant itself is not: the editor leaves at once, and refetching a revoked grant
  // would only flash a 404.
  const invalidate = async () => {
    const prefixes = [grantKeys.room(projectId, roomId), grantKeys.user(projectId, userId)];
    await Promise.all(prefixes.map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType: "none" })));
    await Promise.all(
      prefixes.map((queryKey) =>
        queryClient.refetchQueries({ queryKey, type: "active", predicate: (q) => !isGrantDetailKey(q.queryKey) }),
      ),
    );
  };
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
