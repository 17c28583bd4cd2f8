import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { useApi } from "#app/lib/use-session.ts";
import { type AxisEntry, matrixAxisQueries } from "./matrix-queries.ts";
import type { AxisView, MatrixView } from "./use-matrix-search.ts";

export interface AxisItem extends AxisEntry {
  /** Grants held (a room's or a member's total). */
  count: number;
}

export interface MatrixAxes {
  rooms: AxisItem[];
  members: AxisItem[];
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
    if (needle && !entry.label.toLowerCase().includes(needle)) continue;
    items.push({ ...entry, count: count(entry.id) });
  }
  return items.sort(view.sort === "count" ? byCount : byName);
}

/** The matrix's rooms and members: every one, or those holding grants; filtered and sorted as the URL says. */
export function useMatrixAxes(
  projectId: string,
  index: AccessIndex | null,
  version: number,
  view: MatrixView,
  enabled: boolean,
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
  const rooms = useMemo(() => {
    const entries =
      view.rooms.mode === "all"
        ? (everyRoom.data ?? [])
        : [...(index?.rooms.values() ?? [])].filter((r) => r.grantCount > 0).map((r) => ({ id: r.id, label: r.name }));
    return shape(entries, (id) => index?.rooms.get(id)?.grantCount ?? 0, view.rooms);
  }, [everyRoom.data, index, version, view.rooms]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const members = useMemo(() => {
    const entries =
      view.members.mode === "all"
        ? (everyMember.data ?? [])
        : [...(index?.users.values() ?? [])].filter((u) => u.grantCount > 0).map((u) => ({ id: u.id, label: u.email }));
    return shape(entries, (id) => index?.users.get(id)?.grantCount ?? 0, view.members);
  }, [everyMember.data, index, version, view.members]);

  const pending =
    (view.rooms.mode === "all" && everyRoom.isPending) || (view.members.mode === "all" && everyMember.isPending);
  return { rooms, members, pending, error: everyRoom.error ?? everyMember.error } satisfies MatrixAxes;
}
