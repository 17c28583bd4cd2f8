import { useMemo } from "react";
import { Link, useLocation } from "react-router";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";
import type { DataTableQuery } from "#app/components/data-table/data-table.tsx";
import { DataTable } from "#app/components/data-table/data-table.tsx";
import { useServerTable } from "#app/components/data-table/use-server-table.ts";
import type { TableSearch } from "#app/components/data-table/use-table-search-params.ts";
import { buttonClass } from "#app/components/ui/button.tsx";
import { grantNewPath } from "#app/lib/grant-editor-links.ts";
import { memberGrantColumns } from "./member-grant-columns.tsx";

interface MemberGrantsSectionProps {
  projectId: string;
  userId: string;
  search: TableSearch;
  query: DataTableQuery & { data?: { roomGrants: ProjectRoomGrant[]; total: number } | undefined };
}

const rowId = (grant: ProjectRoomGrant) => grant.room.id;
const noGrants: ProjectRoomGrant[] = [];

/** Every room this member holds a grant in, each linking to the room and to the grant editor. */
export function MemberGrantsSection({ projectId, userId, search, query }: MemberGrantsSectionProps) {
  const location = useLocation();
  const columns = useMemo(() => memberGrantColumns(projectId, location), [projectId, location]);
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
          <Link
            to={grantNewPath(projectId, { user: userId })}
            state={{ from: location }}
            className={buttonClass("primary")}
          >
            Grant access to a room
          </Link>
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
