import { useMemo, useState } from "react";
import { PagedTableSection } from "#app/components/data-table/paged-table-section.tsx";
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
  const list = useRoomsPage();
  const { projectId, search } = list;
  const { canCreate, createDenied } = useRoomPermissions(projectId);
  const columns = useMemo(() => roomColumns(projectId), [projectId]);
  const [creating, setCreating] = useState(false);
  const [dialogWanted, setDialogWanted] = useState(false);
  const openDialog = () => {
    setDialogWanted(true);
    setCreating(true);
  };

  return (
    <>
      <PagedTableSection
        title="Rooms"
        list={list}
        columns={columns}
        getRowId={rowId}
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
