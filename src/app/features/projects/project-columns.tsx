import { createColumnHelper } from "@tanstack/react-table";
import { NameLinkCell } from "#app/components/data-table/name-link-cell.tsx";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { RoleBadge } from "./role-badge.tsx";
import type { ProjectRow } from "./use-projects-page.ts";

const column = createColumnHelper<ServerTableFeatures, ProjectRow>();
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export const projectColumns = column.columns([
  column.accessor("name", {
    header: "Name",
    meta: { className: "max-w-0 w-full" },
    cell: (info) => (
      <NameLinkCell to={`/project/${encodeURIComponent(info.row.original.id)}/rooms`} name={info.getValue()} />
    ),
  }),
  column.accessor("role", {
    header: "Your role",
    enableSorting: false,
    cell: (info) => <RoleBadge role={info.getValue()} />,
  }),
  column.accessor("id", {
    header: "ID",
    enableSorting: false,
    meta: { className: "hidden md:table-cell" },
    cell: (info) => <code className="text-xs text-muted">{info.getValue()}</code>,
  }),
  column.accessor("createdAt", {
    header: "Created",
    meta: { className: "hidden sm:table-cell" },
    cell: (info) => {
      const value = info.getValue();
      return value ? (
        <time dateTime={value}>{dateFormat.format(new Date(value))}</time>
      ) : (
        <span className="text-muted">—</span>
      );
    },
  }),
]);
