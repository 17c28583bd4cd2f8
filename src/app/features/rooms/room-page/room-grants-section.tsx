import { useMemo } from "react";
import { DataTable } from "#app/components/data-table/data-table.tsx";
import { useServerTable } from "#app/components/data-table/use-server-table.ts";
import { GrantDialogLink } from "#app/components/grant-editor/grant-dialog-link.tsx";
import { buttonClass } from "#app/components/ui/button.tsx";
import { roomGrantColumns } from "./room-grant-columns.tsx";
import { type RoomGrantRow, useRoomGrants } from "./use-room-grants.ts";

const rowId = (row: RoomGrantRow) => row.userId;

/** Who holds a grant in this room and what it allows; each row opens the grant dialog. */
interface RoomGrantsSectionProps {
  projectId: string;
  roomId: string;
}

export function RoomGrantsSection({ projectId, roomId }: RoomGrantsSectionProps) {
  const { search, query, rows, total } = useRoomGrants(projectId, roomId);
  const columns = useMemo(() => roomGrantColumns(projectId), [projectId]);
  const table = useServerTable({ columns, data: rows, rowCount: total, getRowId: rowId, search });
  const grantLink = (
    <GrantDialogLink target={{ kind: "new" }} className={buttonClass("primary")}>
      Grant access
    </GrantDialogLink>
  );
  return (
    <section aria-labelledby="room-grants" className="grid min-w-0 grid-cols-1 gap-3">
      <h2 id="room-grants" className="text-base font-semibold">
        Grants in this room
      </h2>
      <DataTable
        table={table}
        query={query}
        search={search}
        caption="Grants in this room"
        noun={["grant", "grants"]}
        filterLabel="Filter grants by e-mail"
        actions={grantLink}
        empty={
          <>
            <p className="font-medium">No one holds a grant here</p>
            <p className="text-muted">Without a grant, members cannot connect to this room.</p>
          </>
        }
      />
    </section>
  );
}
