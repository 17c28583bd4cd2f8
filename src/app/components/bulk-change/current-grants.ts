import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import type { AccessCell } from "./bulk-types.ts";

// A bulk change reads each grant as the server has it just before writing it. One request per room
// (`by-room`, every grant of the room) instead of one per cell halves the requests of a run; a
// room's read is shared by its cells for at most MAX_AGE_MS, then read again, so "just before" stays
// within about a second. Where the room cannot be read as a whole, each cell is read on its own.

/** How long one read of a room serves its cells. */
export const MAX_AGE_MS = 1_000;
const PAGE = 1_000;

/** The room's grants by user id; null when the room's list cannot stand for its cells (read each). */
type RoomGrants = Map<string, ApiScope> | null;

async function readRoom(api: Meshagent, projectId: string, roomId: string, signal: AbortSignal): Promise<RoomGrants> {
  const grants = new Map<string, ApiScope>();
  for (let offset = 0; ; ) {
    let page: Awaited<ReturnType<Meshagent["listRoomGrantsByRoom"]>>;
    try {
      page = await api.listRoomGrantsByRoom(projectId, roomId, { limit: PAGE, offset }, { signal });
    } catch (error) {
      // Renamed or deleted since the page loaded: the cells' own reads say what is there now.
      if (error instanceof NotFoundError) return null;
      throw error;
    }
    for (const grant of page.roomGrants) {
      // `by-room` takes a name or an id: a room named like this one's id is another room.
      if (grant.room.id !== roomId) return null;
      grants.set(grant.userId, grant.permissions);
    }
    offset += page.roomGrants.length;
    if (page.roomGrants.length === 0 || (page.roomGrants.length < PAGE && offset >= page.total)) return grants;
  }
}

async function readCell(api: Meshagent, projectId: string, cell: AccessCell, signal: AbortSignal) {
  try {
    return (await api.getRoomGrant(projectId, cell.roomId, cell.userId, { signal })).permissions;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export type CurrentGrant = (cell: AccessCell) => Promise<ApiScope | null>;

/** The grant of a cell as the server has it now (null: none), for one run of a bulk change. */
export function currentGrants(
  api: Meshagent,
  projectId: string,
  signal: AbortSignal,
  clock: () => number = () => performance.now(),
): CurrentGrant {
  const reads = new Map<string, { at: number; grants: Promise<RoomGrants> }>();
  return async (cell) => {
    let read = reads.get(cell.roomId);
    if (!read || clock() - read.at > MAX_AGE_MS) {
      const fresh = { at: clock(), grants: readRoom(api, projectId, cell.roomId, signal) };
      // A failed read is not kept: the room's next cell tries again.
      fresh.grants.catch(() => reads.get(cell.roomId) === fresh && reads.delete(cell.roomId));
      reads.set(cell.roomId, fresh);
      read = fresh;
    }
    const grants = await read.grants;
    return grants ? (grants.get(cell.userId) ?? null) : readCell(api, projectId, cell, signal);
  };
}
