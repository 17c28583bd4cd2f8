import { type QueryClient, queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import { limiter, loadAllPages } from "#app/lib/access-index/load-all-pages.ts";
import { memberKeys } from "#app/lib/member-queries.ts";
import { roomKeys } from "#app/lib/room-queries.ts";

/** One entry of a matrix axis: a room or a member. */
export interface AxisEntry {
  id: string;
  /** What the header shows: the room's name, the member's e-mail. */
  label: string;
  /** What the filter looks in, lower case: the label, and a member's name. */
  search: string;
}

/** A member as an axis entry: shown by e-mail, found by e-mail or name. */
export const memberEntry = (id: string, email: string, name: string): AxisEntry => ({
  id,
  label: email,
  search: `${email} ${name}`.toLowerCase(),
});
export const roomEntry = (id: string, name: string): AxisEntry => ({ id, label: name, search: name.toLowerCase() });

// The "every room / every member" axes: whole lists, 1,000 a request, cached under the factories'
// `roomKeys.every` / `memberKeys.every`, inside the lists' prefixes, so that creating, renaming or
// deleting a room or a member refreshes them. The first screen waits for them: every page goes out
// at once, ahead of the grant pages (which ask for low priority).
const everything = <T>(fetchPage: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>) => {
  const all: T[] = [];
  return loadAllPages(fetchPage, limiter(6), (page, offset) => {
    page.items.forEach((item, i) => {
      all[offset + i] = item;
    });
  }).then(() => all.filter(Boolean));
};

export const matrixAxisQueries = {
  rooms: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: roomKeys.every(projectId),
      queryFn: ({ signal }) =>
        everything<AxisEntry>(async (offset, limit) => {
          const page = await api.listRooms(projectId, { offset, limit, orderBy: "room_name" }, { signal });
          return { items: page.rooms.map((r) => roomEntry(r.id, r.name)), total: page.total };
        }),
      staleTime: 60_000,
    }),
  members: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: memberKeys.every(projectId),
      queryFn: ({ signal }) =>
        everything<AxisEntry>(async (offset, limit) => {
          const page = await api.listMembers(projectId, { offset, limit }, { signal });
          const items = page.users.map((m) =>
            memberEntry(m.id, m.email ?? m.id, [m.firstName, m.lastName].filter(Boolean).join(" ")),
          );
          return { items, total: page.total };
        }),
      staleTime: 60_000,
    }),
};

/** After a bulk change: rooms or members deleted meanwhile (its failures say so) leave the axes. */
export const refreshMatrixAxes = (queryClient: QueryClient, projectId: string) =>
  Promise.all(
    [roomKeys.every(projectId), memberKeys.every(projectId)].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
