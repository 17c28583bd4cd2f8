import { useMemo } from "react";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";
import type { DataTableQuery } from "#app/components/data-table/data-table.tsx";
import { DataTable } from "#app/components/data-table/data-table.tsx";
import { useServerTable } from "#app/components/data-table/use-server-table.ts";
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
  const data = query.data?.roomGrants ?? noGrants;
  const table = useServerTable({ columns, data, rowCount: query.data?.total, getRowId: rowId, search });
  return (
    <section aria-labelledby="member-grants" className="grid min-w-0 grid-cols-1 gap-3">
      <h2 id="member-grants" className="text-base font-semibold">
        Room grants
      </h2>
      <DataTable
        table={table}
        query={query}
        search={search}
        caption="Room grants"
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
    </section>
  );
}
