import { useMemo } from "react";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";
import type { DataTableQuery } from "#app/components/data-table/data-table.tsx";
import { PagedTableSection } from "#app/components/data-table/paged-table-section.tsx";
import type { TableSearch } from "#app/components/data-table/use-table-search-params.ts";
import { GrantDialogLink } from "#app/components/grant-editor/grant-dialog-link.tsx";
import { buttonClass } from "#app/components/ui/button.tsx";
import { memberGrantColumns } from "./member-grant-columns.tsx";

interface MemberGrantsSectionProps {
  projectId: string;
  search: TableSearch;
  query: DataTableQuery & { data?: { roomGrants: ProjectRoomGrant[]; total: number } | undefined };
}

const rowId = (grant: ProjectRoomGrant) => grant.room.id;
const noGrants: ProjectRoomGrant[] = [];

/** Every room this member holds a grant in, each linking to the room and opening the grant dialog. */
export function MemberGrantsSection({ projectId, search, query }: MemberGrantsSectionProps) {
  const columns = useMemo(() => memberGrantColumns(projectId), [projectId]);
  return (
    <PagedTableSection
      title="Room grants"
      titled="heading"
      list={{ search, query, rows: query.data?.roomGrants ?? noGrants, total: query.data?.total }}
      columns={columns}
      getRowId={rowId}
      noun={["grant", "grants"]}
      filterLabel="Filter by room name"
      actions={
        <GrantDialogLink target={{ kind: "new" }} className={buttonClass("primary")}>
          Grant access to a room
        </GrantDialogLink>
      }
      empty={
        <>
          <p className="font-medium">No room grants</p>
          <p className="text-muted">This member cannot connect to any room yet.</p>
        </>
      }
    />
  );
}
