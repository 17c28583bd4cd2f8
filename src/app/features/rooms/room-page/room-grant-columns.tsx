import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "react-router";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { grantScopeAndEditColumns } from "#app/components/grant-editor/grant-row-columns.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { memberPath } from "#app/lib/project-paths.ts";
import type { RoomGrantRow } from "./use-room-grants.ts";

const column = createColumnHelper<ServerTableFeatures, RoomGrantRow>();

const personName = (row: RoomGrantRow) =>
  [row.profile?.firstName, row.profile?.lastName].filter(Boolean).join(" ") || row.profile?.email || row.userId;

export const roomGrantColumns = (projectId: string) =>
  column.columns([
    column.display({
      id: "who",
      header: "Who",
      meta: { className: "max-w-0 w-2/5" },
      cell: ({ row: { original } }) => (
        <div className="grid min-w-0">
          <Link
            to={memberPath(projectId, original.userId)}
            className="min-w-0 rounded font-medium text-accent hover:underline"
          >
            {original.profile === undefined ? (
              <span className="skeleton block h-3.5 w-32">
                <span className="sr-only">Loading</span>
              </span>
            ) : (
              <UntrustedText>{personName(original)}</UntrustedText>
            )}
          </Link>
          {original.profile?.email && (
            <UntrustedText className="text-xs text-muted">{original.profile.email}</UntrustedText>
          )}
        </div>
      ),
    }),
    ...grantScopeAndEditColumns<RoomGrantRow>((row) => ({
      id: row.userId,
      label: `Edit the grant of ${personName(row)}`,
    })),
  ]);
