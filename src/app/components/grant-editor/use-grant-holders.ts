import { useQuery } from "@tanstack/react-query";
import { limiter, loadAllPages } from "#app/lib/access-index/load-all-pages.ts";
import { grantKeys } from "#app/lib/grant-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

/** The side of a new grant already chosen: its grants name who (or where) already has one. */
export type ChosenSide = { room: string } | { user: string };

const none: ReadonlySet<string> = new Set();

/**
 * The other side of every grant of the chosen room (its members with a grant) or member (their rooms),
 * so a picker can mark them and open their grant instead of a second, empty one. Kept under the
 * room's or member's grant keys, so any grant change refreshes it.
 */
export function useGrantHolders(projectId: string, side: ChosenSide | null): ReadonlySet<string> {
  const api = useApi();
  const key =
    side === null
      ? grantKeys.all(projectId)
      : "room" in side
        ? grantKeys.room(projectId, side.room)
        : grantKeys.user(projectId, side.user);
  const query = useQuery({
    queryKey: [...key, "holders"],
    queryFn: async ({ signal }) => {
      const ids = new Set<string>();
      await loadAllPages(
        async (offset, limit) => {
          const page =
            side === null
              ? { roomGrants: [], total: 0 }
              : "room" in side
                ? await api.listRoomGrantsByRoom(projectId, side.room, { offset, limit }, { signal })
                : await api.listRoomGrantsByUser(projectId, side.user, { offset, limit }, { signal });
          return { items: page.roomGrants, total: page.total };
        },
        limiter(4),
        (page) => {
          for (const grant of page.items) ids.add(side !== null && "room" in side ? grant.userId : grant.room.id);
        },
      );
      return ids as ReadonlySet<string>;
    },
    enabled: side !== null,
  });
  return query.data ?? none;
}
