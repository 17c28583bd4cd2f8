import { createColumnHelper } from "@tanstack/react-table";
import type { Room } from "#api/schemas/room.ts";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";

const column = createColumnHelper<ServerTableFeatures, Room>();

const countOf = (value: Record<string, unknown>) => Object.keys(value).length;

export const roomColumns = column.columns([
  column.accessor("name", {
    header: "Name",
    cell: (info) => <span className="font-medium">{info.getValue()}</span>,
  }),
  column.accessor("id", {
    header: "ID",
    enableSorting: false,
    meta: { className: "hidden md:table-cell" },
    cell: (info) => <code className="text-xs text-muted">{info.getValue()}</code>,
  }),
  column.accessor((room) => countOf(room.annotations), {
    id: "annotations",
    header: "Annotations",
    enableSorting: false,
    meta: { className: "hidden sm:table-cell text-right tabular-nums w-32" },
  }),
  column.accessor((room) => countOf(room.metadata), {
    id: "metadata",
    header: "Metadata keys",
    enableSorting: false,
    meta: { className: "hidden sm:table-cell text-right tabular-nums w-36" },
  }),
]);
