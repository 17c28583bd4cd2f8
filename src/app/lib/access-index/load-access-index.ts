import type { Meshagent } from "#api/client.ts";
import type { RoomGrantRowsPage } from "#api/schemas/room-grant.ts";
import { apiScopeSchema } from "#api/scope/schema.ts";
import { AccessIndex } from "./access-index.ts";
import { limiter, loadAllPages } from "./load-all-pages.ts";
import { throttle } from "./throttle.ts";

export interface LoadProgress {
  /** Grants read so far, and how many the project has (null until the first page answers). */
  loaded: number;
  total: number | null;
}

export interface LoadAccessIndexOptions {
  signal?: AbortSignal;
  /** After each page: the index as far as it is filled (the same object every time). */
  onProgress?: (progress: LoadProgress, index: AccessIndex) => void;
  /** Requests in flight at once (a browser opens 6 connections per origin). */
  concurrency?: number;
}

/**
 * Reads every room grant of a project into an `AccessIndex`, 1,000 a page with a few pages in
 * flight, beside the rooms and members holding grants (`by-room`, `by-user`: names, e-mails and
 * counts, one request per 1,000). Grants come ordered by room name, so the first page fills the
 * top of a matrix sorted by name. Each distinct scope is parsed once (schemas/room-grant.ts says why).
 */
export async function loadAccessIndex(
  api: Meshagent,
  projectId: string,
  { signal, onProgress, concurrency = 6 }: LoadAccessIndexOptions = {},
): Promise<AccessIndex> {
  const index = new AccessIndex();
  const run = limiter(concurrency);
  const o = { signal };
  let loaded = 0;
  let total: number | null = null;
  const rawIds = new Map<string, number>();
  // Subscribers re-render on a change: tell them at most every 150 ms while pages pour in.
  const notify = throttle(() => {
    index.changed();
    onProgress?.({ loaded, total }, index);
  }, 150);

  const addGrants = (page: RoomGrantRowsPage) => {
    for (const row of page.rows) {
      const raw = JSON.stringify(row.permissions);
      let id = rawIds.get(raw);
      if (id === undefined) {
        id = index.idOf(apiScopeSchema.parse(row.permissions));
        rawIds.set(raw, id);
      }
      index.put(row.roomId, row.userId, id);
      if (!index.rooms.has(row.roomId))
        index.rooms.set(row.roomId, { id: row.roomId, name: row.roomName, grantCount: 0 });
    }
    loaded += page.rows.length;
    total = page.total;
    notify.call();
  };

  try {
    await Promise.all([
      loadAllPages(
        async (offset, limit) => {
          // The first page fills the top of the matrix; the rest yield the connections to what the screen waits for.
          const page = await api.listRoomGrantRows(
            projectId,
            { offset, limit, orderBy: "room_name" },
            { ...o, priority: offset === 0 ? "high" : "low" },
          );
          return { items: [page], total: page.total };
        },
        run,
        (page) => page.items.forEach(addGrants),
      ),
      loadAllPages(
        async (offset, limit) => {
          const page = await api.listUniqueRoomsWithGrants(projectId, { offset, limit }, o);
          return { items: page.rooms, total: page.total };
        },
        run,
        (page) => {
          for (const { room, count } of page.items)
            index.rooms.set(room.id, { id: room.id, name: room.name, grantCount: count });
        },
      ),
      loadAllPages(
        async (offset, limit) => {
          const page = await api.listUniqueUsersWithGrants(projectId, { offset, limit }, o);
          return { items: page.users, total: page.total };
        },
        run,
        (page) => {
          for (const u of page.items) {
            const name = [u.firstName, u.lastName].filter(Boolean).join(" ");
            index.users.set(u.userId, { id: u.userId, email: u.email, name, grantCount: u.count });
          }
        },
      ),
    ]);
  } finally {
    notify.cancel();
  }
  index.changed();
  onProgress?.({ loaded, total }, index);
  return index;
}
