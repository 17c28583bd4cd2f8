import { useId } from "react";
import type { TableSearch } from "#app/components/data-table/use-table-search-params.ts";
import { roomOrders, roomOrderValue } from "./room-order.ts";

/** Orders the rooms by name or by creation time, as the API can. */
export function RoomOrderSelect({ search }: { search: TableSearch }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        Order
      </label>
      <select
        id={id}
        value={roomOrderValue(search.sorting)}
        onChange={(event) => {
          const order = roomOrders.find((o) => o.value === event.target.value);
          if (order) search.setSorting([...order.sorting]);
        }}
        className="h-9 rounded-md border border-line bg-surface px-2 text-sm"
      >
        {roomOrders.map((order) => (
          <option key={order.value} value={order.value}>
            {order.label}
          </option>
        ))}
      </select>
    </div>
  );
}
