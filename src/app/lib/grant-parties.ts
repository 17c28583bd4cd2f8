import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import { loadAllPages } from "./access-index/load-all-pages.ts";
import { grantKeys } from "./grant-queries.ts";

/** Whether a grant's room and member still exist: read when the grant itself was found gone. */
export interface GrantParties {
  room: boolean;
  member: boolean;
}

/** A 404 from a read: the thing read is not there. */
const absentOn404 = (error: unknown) => {
  if (error instanceof NotFoundError) return false;
  throw error;
};

/** Every room of the project, one page after another, for a room renamed since its name was known. */
async function roomListed(api: Meshagent, projectId: string, roomId: string, signal: AbortSignal) {
  let found = false;
  await loadAllPages(
    async (offset, limit) => {
      const page = await api.listRooms(projectId, { offset, limit, orderBy: "room_name" }, { signal });
      return { items: page.rooms, total: page.total };
    },
    (task) => task(),
    (page) => {
      found ||= page.items.some((room) => room.id === roomId);
    },
  );
  return found;
}

/** The API reads a room by name only: by the name it had, else (renamed meanwhile) in the whole list. */
async function roomExists(
  api: Meshagent,
  projectId: string,
  roomId: string,
  name: string | undefined,
  signal: AbortSignal,
) {
  if (name !== undefined) {
    const byName = await api.getRoom(projectId, name, { signal }).then((room) => room.id === roomId, absentOn404);
    if (byName) return true;
  }
  return roomListed(api, projectId, roomId, signal);
}

/** The API has no GET for a member: the list filtered by the id (which it matches) says. */
async function memberExists(api: Meshagent, projectId: string, userId: string, signal: AbortSignal) {
  const page = await api.listMembers(projectId, { limit: 20, filter: userId }, { signal });
  return page.users.some((user) => user.id === userId);
}

/**
 * The room and the member of a grant the server answered 404 for: read afresh, on a key of their own
 * (a failed read must not turn the room or member page behind the editor into "not found").
 */
export const grantPartiesQuery = (
  api: Meshagent,
  { projectId, roomId, userId, roomName }: { projectId: string; roomId: string; userId: string; roomName?: string },
) =>
  queryOptions({
    queryKey: [...grantKeys.one(projectId, roomId, userId), "parties"],
    queryFn: async ({ signal }): Promise<GrantParties> => {
      const [room, member] = await Promise.all([
        roomExists(api, projectId, roomId, roomName, signal),
        memberExists(api, projectId, userId, signal),
      ]);
      return { room, member };
    },
    staleTime: 0,
    gcTime: 0,
  });
