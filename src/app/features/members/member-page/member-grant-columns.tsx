import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "react-router";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { grantScopeAndEditColumns } from "#app/components/grant-editor/grant-row-columns.tsx";
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
    ...grantScopeAndEditColumns((grant) => ({
      id: grant.room.id,
      label: `Edit the grant in ${grant.room.name.slice(0, 100)}`,
    })),
  ]);
