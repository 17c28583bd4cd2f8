import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "react-router";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { GrantDialogLink } from "#app/components/grant-editor/grant-dialog-link.tsx";
import { ScopeCell } from "#app/components/scope-editor/scope-cell.tsx";
import { buttonClass } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { roomPath } from "#app/lib/project-paths.ts";

const column = createColumnHelper<ServerTableFeatures, ProjectRoomGrant>();

export const memberGrantColumns = (projectId: string) =>
  column.columns([
    column.display({
      id: "room",
      header: "Room",
      meta: { className: "max-w-0 w-2/5" },
      cell: ({ row: { original } }) => (
        <Link
          to={roomPath(projectId, original.room.name)}
          className="block min-w-0 rounded font-medium text-accent hover:underline"
        >
          <UntrustedText>{original.room.name}</UntrustedText>
        </Link>
      ),
    }),
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
      cell: ({ row: { original } }) => (
        <GrantDialogLink
          target={{ kind: "edit", id: original.room.id }}
          className={buttonClass("secondary", "sm")}
          aria-label={`Edit the grant in ${original.room.name.slice(0, 100)}`}
        >
          Edit
        </GrantDialogLink>
      ),
    }),
  ]);
