import type { SortingState } from "@tanstack/react-table";

// The orders the rooms API offers (`order_by`): by name (the table's Name header) and by creation
// time (rooms carry no creation time on the wire, so it is chosen here, not from a column).
export const roomOrders = [
  { value: "name", label: "Name, A to Z", sorting: [{ id: "name", desc: false }] },
  { value: "-name", label: "Name, Z to A", sorting: [{ id: "name", desc: true }] },
  { value: "-created_at", label: "Newest first", sorting: [{ id: "created_at", desc: true }] },
  { value: "created_at", label: "Oldest first", sorting: [{ id: "created_at", desc: false }] },
] as const satisfies readonly { value: string; label: string; sorting: SortingState }[];

/** The table's sort as the API's `order_by`. */
export function roomOrderBy(sorting: SortingState): string {
  const first = sorting[0];
  const column = first?.id === "created_at" ? "created_at" : "room_name";
  return `${first?.desc ? "-" : ""}${column}`;
}

/** The table's sort as one of `roomOrders`' values. */
export const roomOrderValue = (sorting: SortingState): string =>
  `${sorting[0]?.desc ? "-" : ""}${sorting[0]?.id === "created_at" ? "created_at" : "name"}`;
