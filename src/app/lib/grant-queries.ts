import { type QueryClient, queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import type { GrantJournalQuery } from "#api/schemas/grant-journal.ts";
import { limiter, loadAllPages } from "./access-index/load-all-pages.ts";
import { projectKeys } from "./project-queries.ts";

export interface GrantPageParams {
  limit: number;
  offset: number;
  /** By room: the user's e-mail; by user: the room name. */
  filter?: string;
}

// Room grants, by room and by user, and single grants on a branch of their own. A grant change for
// (room, user) invalidates `room(…)`, `user(…)`, `counts`, `journal` and `one(…)`: the lists, counts and
// holders of that room and that user, the journal and the grant itself (see refreshGrantQueries).
export const grantKeys = {
  all: (projectId: string) => [...projectKeys.project(projectId), "grants"] as const,
  rooms: (projectId: string) => [...grantKeys.all(projectId), "by-room"] as const,
  room: (projectId: string, roomId: string) => [...grantKeys.rooms(projectId), roomId] as const,
  byRoom: (projectId: string, roomId: string, params: GrantPageParams) =>
    [...grantKeys.room(projectId, roomId), "page", params] as const,
  roomCount: (projectId: string, roomId: string) => [...grantKeys.room(projectId, roomId), "count"] as const,
  /** The members holding a grant in the room (the grant pickers mark them). */
  roomHolders: (projectId: string, roomId: string) => [...grantKeys.room(projectId, roomId), "holders"] as const,
  users: (projectId: string) => [...grantKeys.all(projectId), "by-user"] as const,
  user: (projectId: string, userId: string) => [...grantKeys.users(projectId), userId] as const,
  byUser: (projectId: string, userId: string, params: GrantPageParams) =>
    [...grantKeys.user(projectId, userId), "page", params] as const,
  userCount: (projectId: string, userId: string) => [...grantKeys.user(projectId, userId), "count"] as const,
  /** The rooms where the member holds a grant. */
  userHolders: (projectId: string, userId: string) => [...grantKeys.user(projectId, userId), "holders"] as const,
  ones: (projectId: string) => [...grantKeys.all(projectId), "one"] as const,
  /** Every room's and every member's grant count, from by-room / by-user (any grant change refreshes them). */
  counts: (projectId: string) => [...grantKeys.all(projectId), "counts"] as const,
  roomCounts: (projectId: string) => [...grantKeys.counts(projectId), "rooms"] as const,
  userCounts: (projectId: string) => [...grantKeys.counts(projectId), "users"] as const,
  one: (projectId: string, roomId: string, userId: string) => [...grantKeys.ones(projectId), roomId, userId] as const,
  /** The change journal's pages: any grant change adds to it. */
  journal: (projectId: string) => [...grantKeys.all(projectId), "journal"] as const,
  journalPage: (projectId: string, params: GrantJournalQuery) => [...grantKeys.journal(projectId), params] as const,
};

/**
 * The project's access index (every grant, one large read): beside `grantKeys.all`, not under it, so
 * refreshing the project's grant lists (after a bulk run) leaves it to its owner, which reloads it
 * or sets its cells itself. Still under the project's prefix.
 */
export const accessIndexKey = (projectId: string) => [...projectKeys.project(projectId), "access-index"] as const;

/** The index is one large read: after a change made elsewhere, it is read again when next shown, not now. */
export const markAccessIndexStale = (queryClient: QueryClient, projectId: string) =>
  queryClient.invalidateQueries({ queryKey: accessIndexKey(projectId), exact: true, refetchType: "none" });

// Counts are a one-row page's `total`: the API has no count endpoint per room or user. They change
// only through grant mutations, which invalidate them, so they may stay fresh for a while.
const COUNT_STALE_MS = 60_000;

export const grantQueries = {
  byRoom: (api: Meshagent, projectId: string, roomId: string, params: GrantPageParams) =>
    queryOptions({
      queryKey: grantKeys.byRoom(projectId, roomId, params),
      queryFn: ({ signal }) => api.listRoomGrantsByRoom(projectId, roomId, params, { signal }),
    }),
  roomCount: (api: Meshagent, projectId: string, roomId: string) =>
    queryOptions({
      queryKey: grantKeys.roomCount(projectId, roomId),
      queryFn: async ({ signal }) =>
        (await api.listRoomGrantsByRoom(projectId, roomId, { limit: 1 }, { signal })).total,
      staleTime: COUNT_STALE_MS,
    }),
  byUser: (api: Meshagent, projectId: string, userId: string, params: GrantPageParams) =>
    queryOptions({
      queryKey: grantKeys.byUser(projectId, userId, params),
      queryFn: ({ signal }) =>
        api.listRoomGrantsByUser(projectId, userId, { ...params, orderBy: "room_name" }, { signal }),
    }),
  userCount: (api: Meshagent, projectId: string, userId: string) =>
    queryOptions({
      queryKey: grantKeys.userCount(projectId, userId),
      queryFn: async ({ signal }) =>
        (await api.listRoomGrantsByUser(projectId, userId, { limit: 1 }, { signal })).total,
      staleTime: COUNT_STALE_MS,
    }),
};

/** id → count over every page of a count list, 1,000 a request (a list's rows need no request each). */
async function countsOf(
  fetchPage: (offset: number, limit: number) => Promise<{ items: [string, number][]; total: number }>,
) {
  const counts = new Map<string, number>();
  await loadAllPages(fetchPage, limiter(4), (page) => {
    for (const [id, n] of page.items) counts.set(id, n);
  });
  return counts as ReadonlyMap<string, number>;
}

/** Grant counts of every room and every member holding grants; those absent hold none. */
export const grantCountQueries = {
  rooms: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: grantKeys.roomCounts(projectId),
      queryFn: ({ signal }) =>
        countsOf(async (offset, limit) => {
          const page = await api.listUniqueRoomsWithGrants(projectId, { offset, limit }, { signal });
          return { items: page.rooms.map((r) => [r.room.id, r.count]), total: page.total };
        }),
      staleTime: COUNT_STALE_MS,
    }),
  users: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: grantKeys.userCounts(projectId),
      queryFn: ({ signal }) =>
        countsOf(async (offset, limit) => {
          const page = await api.listUniqueUsersWithGrants(projectId, { offset, limit }, { signal });
          return { items: page.users.map((u) => [u.userId, u.count]), total: page.total };
        }),
      staleTime: COUNT_STALE_MS,
    }),
};

/** One user's grant in one room. */
export const grantDetailQuery = (api: Meshagent, projectId: string, roomId: string, userId: string) =>
  queryOptions({
    queryKey: grantKeys.one(projectId, roomId, userId),
    queryFn: ({ signal }) => api.getRoomGrant(projectId, roomId, userId, { signal }),
  });

/**
 * After a grant of (room, user) changed: refetch that room's and that user's lists, counts and holders
 * and the change journal on screen, and mark the grant itself stale without refetching it (the editor
 * that changed it leaves at once; refetching a revoked grant would only flash a 404). The access index
 * is marked stale too: a page showing it sets its own cell, the next page to open it reads it again.
 */
export async function refreshGrantQueries(
  queryClient: QueryClient,
  { projectId, roomId, userId }: { projectId: string; roomId: string; userId: string },
): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: grantKeys.room(projectId, roomId) }),
    queryClient.invalidateQueries({ queryKey: grantKeys.user(projectId, userId) }),
    queryClient.invalidateQueries({ queryKey: grantKeys.counts(projectId) }),
    queryClient.invalidateQueries({ queryKey: grantKeys.journal(projectId) }),
    queryClient.invalidateQueries({ queryKey: grantKeys.one(projectId, roomId, userId), refetchType: "none" }),
    markAccessIndexStale(queryClient, projectId),
  ]);
}
