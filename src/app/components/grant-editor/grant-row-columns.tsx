import { createColumnHelper } from "@tanstack/react-table";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { ScopeCell } from "#app/components/scope-editor/scope-cell.tsx";
import { buttonClass } from "#app/components/ui/button.tsx";
import { GrantDialogLink } from "./grant-dialog-link.tsx";

/** What the Edit button of a row opens: the other side's id, and how it is named to screen readers. */
export interface GrantRowEdit {
  id: string;
  label: string;
}

/** The Scope and Edit columns every table of grants ends with (a room's grants, a member's grants). */
export function grantScopeAndEditColumns<T extends ProjectRoomGrant>(edit: (grant: T) => GrantRowEdit) {
  const column = createColumnHelper<ServerTableFeatures, T>();
  return [
    column.display({
      id: "scope",
      header: "Scope",
      meta: { className: "max-w-0 w-3/5" },
      cell: ({ row: { original } }) => <ScopeCell scope={original.permissions} />,
    }),
    column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: "w-20 text-right" },
      cell: ({ row: { original } }) => {
        const { id, label } = edit(original);
        return (
          <GrantDialogLink target={{ kind: "edit", id }} className={buttonClass("secondary", "sm")} aria-label={label}>
            Edit
          </GrantDialogLink>
        );
      },
    }),
  ];
}
