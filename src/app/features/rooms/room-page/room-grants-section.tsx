import { useMemo } from "react";
import { PagedTableSection } from "#app/components/data-table/paged-table-section.tsx";
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
  const list = useRoomGrants(projectId, roomId);
  const columns = useMemo(() => roomGrantColumns(projectId), [projectId]);
  const grantLink = (
    <GrantDialogLink target={{ kind: "new" }} className={buttonClass("primary")}>
      Grant access
    </GrantDialogLink>
  );
  return (
    <PagedTableSection
      title="Grants in this room"
      titled="heading"
      list={list}
      columns={columns}
      getRowId={rowId}
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
  );
}
