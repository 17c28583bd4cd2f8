import type { QueryClient } from "@tanstack/react-query";
import { grantKeys, markAccessIndexStale } from "./grant-queries.ts";
import { memberKeys } from "./member-queries.ts";
import { roomKeys } from "./room-queries.ts";

// What a deleted room or a removed member leaves stale. The lists (the matrix's axes among them) and
// the other side's grants refetch when shown; what belonged to the one removed is only marked stale,
// since the page showing it is leaving (refetching it would flash a 404).

/** A room was deleted (the server deletes its grants with it). */
export function refreshAfterRoomDeleted(
  queryClient: QueryClient,
  projectId: string,
  room: { id: string; name: string },
) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: roomKeys.detail(projectId, room.name), refetchType: "none" }),
    queryClient.invalidateQueries({ queryKey: grantKeys.room(projectId, room.id), refetchType: "none" }),
    // Members lose their grants in the room: their lists, holders and counts are stale.
    queryClient.invalidateQueries({ queryKey: grantKeys.users(projectId) }),
    queryClient.invalidateQueries({ queryKey: grantKeys.counts(projectId) }),
    queryClient.invalidateQueries({ queryKey: roomKeys.lists(projectId) }),
    markAccessIndexStale(queryClient, projectId),
  ]);
}

/** A member was removed from the project (their grants revoked, or left in place). */
export function refreshAfterMemberRemoved(queryClient: QueryClient, projectId: string, userId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: memberKeys.lists(projectId) }),
    queryClient.invalidateQueries({ queryKey: memberKeys.detail(projectId, userId), refetchType: "none" }),
    queryClient.invalidateQueries({ queryKey: grantKeys.user(projectId, userId), refetchType: "none" }),
    // Rooms lose this member's grants: their lists, holders and counts are stale.
    queryClient.invalidateQueries({ queryKey: grantKeys.rooms(projectId) }),
    queryClient.invalidateQueries({ queryKey: grantKeys.counts(projectId) }),
    markAccessIndexStale(queryClient, projectId),
  ]);
}

/**
 * A grant's save found its room or its member deleted elsewhere: everything that may still show either
 * is read again when shown (a room or member page then says it is gone; the lists drop it).
 */
export function refreshAfterPartyGone(queryClient: QueryClient, projectId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: roomKeys.all(projectId) }),
    queryClient.invalidateQueries({ queryKey: memberKeys.all(projectId) }),
    queryClient.invalidateQueries({ queryKey: grantKeys.all(projectId) }),
    markAccessIndexStale(queryClient, projectId),
  ]);
}
