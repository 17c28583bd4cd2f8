import { queryOptions } from "@tanstack/react-query";
import type { Meshagent } from "#api/client.ts";
import { limiter, loadAllPages } from "#app/lib/access-index/load-all-pages.ts";
import { memberKeys } from "#app/lib/member-queries.ts";
import { roomKeys } from "#app/lib/room-queries.ts";

/** One entry of a matrix axis: a room or a member. */
export interface AxisEntry {
  id: string;
  /** What the header shows: the room's name, the member's e-mail. */
  label: string;
}

// The "every room / every member" axes: whole lists, 1,000 a request, cached under the resources'
// own prefixes so that creating or deleting a room or a member refreshes them. The first screen
// waits for them: every page goes out at once, ahead of the grant pages (which ask for low priority).
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
      queryKey: [...roomKeys.lists(projectId), "every"] as const,
      queryFn: ({ signal }) =>
        everything<AxisEntry>(async (offset, limit) => {
          const page = await api.listRooms(projectId, { offset, limit, orderBy: "room_name" }, { signal });
          return { items: page.rooms.map((r) => ({ id: r.id, label: r.name })), total: page.total };
        }),
      staleTime: 60_000,
    }),
  members: (api: Meshagent, projectId: string) =>
    queryOptions({
      queryKey: [...memberKeys.lists(projectId), "every"] as const,
      queryFn: ({ signal }) =>
        everything<AxisEntry>(async (offset, limit) => {
          const page = await api.listMembers(projectId, { offset, limit }, { signal });
          return { items: page.users.map((m) => ({ id: m.id, label: m.email ?? m.id })), total: page.total };
        }),
      staleTime: 60_000,
    }),
};
