import { createColumnHelper } from "@tanstack/react-table";
import { GrantCountCell } from "#app/components/data-table/grant-count-cell.tsx";
import { NameLinkCell } from "#app/components/data-table/name-link-cell.tsx";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { roomPath } from "#app/lib/project-paths.ts";
import type { RoomRow } from "./use-rooms-page.ts";

const column = createColumnHelper<ServerTableFeatures, RoomRow>();

const countOf = (value: Record<string, unknown>) => Object.keys(value).length;

export const roomColumns = (projectId: string) =>
  column.columns([
    column.accessor("name", {
      header: "Name",
      meta: { className: "max-w-0 w-full" },
      cell: (info) => <NameLinkCell to={roomPath(projectId, info.getValue())} name={info.getValue()} />,
    }),
    column.accessor("grantCount", {
      header: "Grants",
      enableSorting: false,
      meta: { className: "text-right tabular-nums w-24" },
      cell: (info) => <GrantCountCell count={info.getValue()} />,
    }),
    column.accessor("id", {
      header: "ID",
      enableSorting: false,
      meta: { className: "hidden md:table-cell w-80" },
      cell: (info) => <code className="text-xs whitespace-nowrap text-muted">{info.getValue()}</code>,
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
      meta: { className: "hidden lg:table-cell text-right tabular-nums w-36" },
    }),
  ]);
