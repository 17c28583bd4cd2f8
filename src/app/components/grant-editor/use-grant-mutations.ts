import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NotFoundError } from "#api/errors.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { grantPartiesQuery } from "#app/lib/grant-parties.ts";
import { refreshGrantQueries } from "#app/lib/grant-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { GrantGoneError } from "./grant-gone.ts";

export interface GrantTarget {
  projectId: string;
  roomId: string;
  userId: string;
  /** The room's name when known: the API reads a room by name (to tell a revoked grant from a deleted room). */
  roomName?: string | undefined;
}

/** Create, update and revoke one user's grant in one room; each refreshes that room's and that user's grants. */
export function useGrantMutations(target: GrantTarget) {
  const { projectId, roomId, userId } = target;
  const api = useApi();
  const queryClient = useQueryClient();
  const invalidate = () => refreshGrantQueries(queryClient, { projectId, roomId, userId });
  const create = useMutation({
    mutationFn: (permissions: ApiScope) => api.createRoomGrant(projectId, { roomId, userId, permissions }),
    onSuccess: invalidate,
  });
  // A 404: the grant is gone. Its room and member are read to tell why (GrantGoneError), and the lists
  // that still show the grant are refreshed.
  const update = useMutation({
    mutationFn: async (permissions: ApiScope) => {
      try {
        return await api.updateRoomGrant(projectId, { roomId, userId, permissions });
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        void invalidate();
        throw new GrantGoneError(await queryClient.fetchQuery(grantPartiesQuery(api, target)));
      }
    },
    onSuccess: invalidate,
  });
  // Revoking a grant already revoked (404) ends where the admin wanted: `alreadyGone` says so.
  const revoke = useMutation({
    mutationFn: () =>
      api.deleteRoomGrant(projectId, roomId, userId).then(
        () => ({ alreadyGone: false }),
        (error: unknown) => {
          if (error instanceof NotFoundError) return { alreadyGone: true };
          throw error;
        },
      ),
    onSuccess: invalidate,
  });
  return { create, update, revoke };
}
