import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { useApi } from "#app/lib/use-session.ts";
import { type AxisEntry, matrixAxisQueries, memberEntry, roomEntry } from "./matrix-queries.ts";
import type { AxisView, MatrixView } from "./use-matrix-search.ts";

export interface AxisItem extends AxisEntry {
  /** Grants held (a room's or a member's total). */
  count: number;
}

/** One axis as shown, and what it held before the filter. */
export interface Axis {
  items: AxisItem[];
  /** Rooms or members the axis's mode gives, before the filter. */
  available: number;
  /** Its list (or, for "only those holding grants", the whole index) has been read. */
  ready: boolean;
}

export interface MatrixAxes {
  rooms: AxisItem[];
  members: AxisItem[];
  roomAxis: Axis;
  memberAxis: Axis;
  /** Still reading the "every room / member" lists. */
  pending: boolean;
  error: Error | null;
}

const byName = (a: AxisItem, b: AxisItem) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
const byCount = (a: AxisItem, b: AxisItem) => b.count - a.count || byName(a, b);

function shape(entries: AxisEntry[], count: (id: string) => number, view: AxisView): AxisItem[] {
  const needle = view.filter.trim().toLowerCase();
  const items: AxisItem[] = [];
  for (const entry of entries) {
    if (needle && !entry.search.includes(needle)) continue;
    items.push({ ...entry, count: count(entry.id) });
  }
  return items.sort(view.sort === "count" ? byCount : byName);
}

/**
 * The matrix's rooms and members: every one, or those holding grants; filtered (rooms by name,
 * members by e-mail or name) and sorted as the URL says. `indexRead`: the whole index is read.
 */
export function useMatrixAxes(
  projectId: string,
  index: AccessIndex | null,
  version: number,
  view: MatrixView,
  { enabled, indexRead }: { enabled: boolean; indexRead: boolean },
) {
  const api = useApi();
  const everyRoom = useQuery({
    ...matrixAxisQueries.rooms(api, projectId),
    enabled: enabled && view.rooms.mode === "all",
  });
  const everyMember = useQuery({
    ...matrixAxisQueries.members(api, projectId),
    enabled: enabled && view.members.mode === "all",
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the index's contents, changed in place
  const roomAxis = useMemo<Axis>(() => {
    const all = view.rooms.mode === "all";
    const entries = all
      ? (everyRoom.data ?? [])
      : [...(index?.rooms.values() ?? [])].filter((r) => r.grantCount > 0).map((r) => roomEntry(r.id, r.name));
    const items = shape(entries, (id) => index?.rooms.get(id)?.grantCount ?? 0, view.rooms);
    return { items, available: entries.length, ready: all ? everyRoom.data !== undefined : indexRead };
  }, [everyRoom.data, index, version, view.rooms, indexRead]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const memberAxis = useMemo<Axis>(() => {
    const all = view.members.mode === "all";
    const entries = all
      ? (everyMember.data ?? [])
      : [...(index?.users.values() ?? [])]
          .filter((u) => u.grantCount > 0)
          .map((u) => memberEntry(u.id, u.email, u.name));
    const items = shape(entries, (id) => index?.users.get(id)?.grantCount ?? 0, view.members);
    return { items, available: entries.length, ready: all ? everyMember.data !== undefined : indexRead };
  }, [everyMember.data, index, version, view.members, indexRead]);

  const pending =
    (view.rooms.mode === "all" && everyRoom.isPending) || (view.members.mode === "all" && everyMember.isPending);
  return {
    rooms: roomAxis.items,
    members: memberAxis.items,
    roomAxis,
    memberAxis,
    pending,
    error: everyRoom.error ?? everyMember.error,
  } satisfies MatrixAxes;
}
