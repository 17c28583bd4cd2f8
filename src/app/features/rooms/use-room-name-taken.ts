import { useQuery } from "@tanstack/react-query";
import { roomNameSchema } from "#api/schemas/room.ts";
import { roomQueries } from "#app/lib/room-queries.ts";
import { useDebouncedValue } from "#app/lib/use-debounced-value.ts";
import { useApi } from "#app/lib/use-session.ts";

const LOOKUP_LIMIT = 1000;

/**
 * Whether a room already has this name, looked up once typing pauses: `true`/`false`, or
 * `undefined` while unknown. Asks the list filtered by the name (not GET by name, whose 404 for a
 * free name the browser would log as an error) and looks for an exact match.
 */
export function useRoomNameTaken(projectId: string, name: string): boolean | undefined {
  const api = useApi();
  const settled = useDebouncedValue(name.trim(), 300);
  const valid = settled === name.trim() && roomNameSchema.safeParse(settled).success;
  const lookup = useQuery({
    ...roomQueries.list(api, projectId, { limit: LOOKUP_LIMIT, offset: 0, orderBy: "room_name", filter: settled }),
    enabled: valid,
    select: (page) =>
      page.rooms.some((room) => room.name === settled) ? true : page.total > page.rooms.length ? undefined : false,
  });
  return valid ? lookup.data : undefined;
}
