import { useQuery } from "@tanstack/react-query";
import { limiter, loadAllPages, type PageOf } from "#app/lib/access-index/load-all-pages.ts";
import { memberKeys } from "#app/lib/member-queries.ts";
import { roomKeys } from "#app/lib/room-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import type { Member, RoomRef } from "./findings.ts";

async function everyItem<T, R>(fetchPage: (offset: number, limit: number) => Promise<PageOf<T>>, map: (item: T) => R) {
  const out: R[] = [];
  await loadAllPages(fetchPage, limiter(4), (page) => out.push(...page.items.map(map)));
  return out;
}

/** Every member and every room of the project, all pages: what the access index cannot tell (who is a member, rooms with no grant). */
export function useFindingsInputs(projectId: string) {
  const api = useApi();
  const members = useQuery({
    queryKey: [...memberKeys.all(projectId), "every"],
    queryFn: ({ signal }) =>
      everyItem(
        async (offset, limit) => {
          const page = await api.listMembers(projectId, { offset, limit }, { signal });
          return { items: page.users, total: page.total };
        },
        (m): Member => ({ id: m.id, email: m.email ?? m.id }),
      ),
  });
  const rooms = useQuery({
    queryKey: [...roomKeys.all(projectId), "every"],
    queryFn: ({ signal }) =>
      everyItem(
        async (offset, limit) => {
          const page = await api.listRooms(projectId, { offset, limit }, { signal });
          return { items: page.rooms, total: page.total };
        },
        (r): RoomRef => ({ id: r.id, name: r.name }),
      ),
  });
  return { members, rooms };
}
