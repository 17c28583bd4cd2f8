import { keepPreviousData, type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ProjectMember } from "#api/schemas/member.ts";
import type { Room, RoomsPage } from "#api/schemas/room.ts";
import { grantKeys } from "#app/lib/grant-queries.ts";
import { roomKeys, roomQueries } from "#app/lib/room-queries.ts";
import { useDebouncedValue } from "#app/lib/use-debounced-value.ts";
import { useMemberSearch } from "#app/lib/use-member-search.ts";
import { useApi } from "#app/lib/use-session.ts";

const CHOICES = 20;

/** "Ada Lovelace <ada@example.com>", or whatever part of that is known. */
export function memberLabel(member: ProjectMember | undefined, fallback: string): string {
  if (!member) return fallback;
  const name = [member.firstName, member.lastName].filter(Boolean).join(" ");
  const email = member.email ?? member.id;
  return name ? `${name} <${email}>` : email;
}

/** Rooms whose name holds what was typed (searched by the server), for the room picker. */
export function useRoomChoices(projectId: string, filter: string) {
  const api = useApi();
  const debounced = useDebouncedValue(filter.trim(), 250);
  const query = useQuery({
    ...roomQueries.list(api, projectId, { limit: CHOICES, offset: 0, orderBy: "room_name", filter: debounced }),
    placeholderData: keepPreviousData,
  });
  return { rooms: query.data?.rooms ?? [], total: query.data?.total ?? 0, query };
}

/** Members matching what was typed (e-mail, name or id; searched by the server), for the member picker. */
export const useMemberChoices = (projectId: string, filter: string) => useMemberSearch(projectId, filter, CHOICES);

/** A room the pages already loaded (its page, a list), found in the query cache by id. */
function cachedRoom(queryClient: QueryClient, projectId: string, roomId: string): Room | undefined {
  for (const [, data] of queryClient.getQueriesData<Room | RoomsPage>({ queryKey: roomKeys.all(projectId) })) {
    const rooms = data === undefined ? [] : "rooms" in data ? data.rooms : [data];
    const room = rooms.find((r) => r.id === roomId);
    if (room) return room;
  }
  return undefined;
}

/**
 * A room's name from its id. The API reads rooms by name only, so: the room as a page already
 * loaded it, else one of its grants (which carry the room); a room with neither stays known by id.
 */
export function useRoomName(projectId: string, roomId: string | null) {
  const api = useApi();
  const queryClient = useQueryClient();
  const known = roomId === null ? undefined : cachedRoom(queryClient, projectId, roomId);
  const query = useQuery({
    queryKey: [...grantKeys.room(projectId, roomId ?? ""), "room-name"],
    queryFn: async ({ signal }) => {
      const page = await api.listRoomGrantsByRoom(projectId, roomId ?? "", { limit: 1 }, { signal });
      return page.roomGrants[0]?.room.name ?? null;
    },
    enabled: roomId !== null && known === undefined,
    staleTime: 60_000,
  });
  return known?.name ?? query.data ?? undefined;
}
