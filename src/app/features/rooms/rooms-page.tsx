import { useMemo, useState } from "react";
import { DataTable } from "#app/components/data-table/data-table.tsx";
import { useServerTable } from "#app/components/data-table/use-server-table.ts";
import { lazyDialog } from "#app/components/lazy-load/lazy-dialog.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { roomColumns } from "./room-columns.tsx";
import { RoomOrderSelect } from "./room-order-select.tsx";
import { useRoomPermissions } from "./use-room-permissions.ts";
import { useRoomsPage } from "./use-rooms-page.ts";

const rowId = (room: { id: string }) => room.id;
const CreateRoomDialog = lazyDialog(
  async () => (await import("./create-room-dialog.tsx")).CreateRoomDialog,
  "the New room form",
);
const preloadDialog = CreateRoomDialog.preload;

export function RoomsPage() {
  const { projectId, search, query, rows, total } = useRoomsPage();
  const { canCreate, createDenied } = useRoomPermissions(projectId);
  const columns = useMemo(() => roomColumns(projectId), [projectId]);
  const table = useServerTable({ columns, data: rows, rowCount: total, getRowId: rowId, search });
  const [creating, setCreating] = useState(false);
  const [dialogWanted, setDialogWanted] = useState(false);
  const openDialog = () => {
    setDialogWanted(true);
    setCreating(true);
  };

  return (
    <>
      <DataTable
        table={table}
        query={query}
        search={search}
        caption="Rooms"
        noun={["room", "rooms"]}
        filterLabel="Filter rooms by name"
        actions={
          <>
            <RoomOrderSelect search={search} />
            <Button
              variant="primary"
              onClick={openDialog}
              onPointerEnter={preloadDialog}
              onFocus={preloadDialog}
              disabled={!canCreate}
              title={createDenied ?? undefined}
            >
              New room
            </Button>
          </>
        }
        empty={
          <>
            <p className="font-medium">No rooms yet</p>
            <p className="text-muted">
              {canCreate
                ? "Create the first room, or let an agent create one with the CLI or API."
                : (createDenied ?? "Rooms appear here once someone creates one.")}
            </p>
            {canCreate && (
              <Button variant="primary" onClick={openDialog}>
                Create the first room
              </Button>
            )}
          </>
        }
      />
      {dialogWanted && <CreateRoomDialog projectId={projectId} open={creating} onOpenChange={setCreating} />}
    </>
  );
}
