import { skipToken, useQuery } from "@tanstack/react-query";
import { limiter, loadAllPages } from "#app/lib/access-index/load-all-pages.ts";
import { grantKeys } from "#app/lib/grant-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

/** The side of a new grant already chosen: its grants name who (or where) already has one. */
export type ChosenSide = { room: string } | { user: string };

const none: ReadonlySet<string> = new Set();

const holdersKey = (projectId: string, side: ChosenSide) =>
  "room" in side ? grantKeys.roomHolders(projectId, side.room) : grantKeys.userHolders(projectId, side.user);

/**
 * The other side of every grant of the chosen room (its members with a grant) or member (their rooms),
 * so a picker can mark them and open their grant instead of a second, empty one. Kept under the
 * room's or member's grant keys (`grantKeys.roomHolders` / `userHolders`), so a grant change, a room
 * deleted or a member removed refreshes it.
 */
export function useGrantHolders(projectId: string, side: ChosenSide | null): ReadonlySet<string> {
  const api = useApi();
  const query = useQuery({
    // No side chosen yet: skipped, so its key is never read.
    queryKey: side === null ? grantKeys.all(projectId) : holdersKey(projectId, side),
    queryFn:
      side === null
        ? skipToken
        : async ({ signal }) => {
            const ids = new Set<string>();
            await loadAllPages(
              async (offset, limit) => {
                const page =
                  "room" in side
                    ? await api.listRoomGrantsByRoom(projectId, side.room, { offset, limit }, { signal })
                    : await api.listRoomGrantsByUser(projectId, side.user, { offset, limit }, { signal });
                return { items: page.roomGrants, total: page.total };
              },
              limiter(4),
              (page) => {
                for (const grant of page.items) ids.add("room" in side ? grant.userId : grant.room.id);
              },
            );
            return ids as ReadonlySet<string>;
          },
  });
  return query.data ?? none;
}
