import { useState } from "react";
import { Link } from "react-router";
import { NotFoundError } from "#api/errors.ts";
import { GrantDialog } from "#app/components/grant-editor/grant-dialog.tsx";
import { DetailHeader } from "#app/components/layout/detail-header.tsx";
import { Button, buttonClass } from "#app/components/ui/button.tsx";
import { LoadingBlock } from "#app/components/ui/loading-block.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { useGrantDialog } from "#app/lib/use-grant-dialog.ts";
import { ConnectAsMePanel } from "./connect-as-me-panel.tsx";
import { DeleteRoomDialog } from "./delete-room-dialog.tsx";
import { EditRoomDetailsDialog } from "./edit-room-details-dialog.tsx";
import { RoomDetailsCard } from "./room-details-card.tsx";
import { RoomGrantsSection } from "./room-grants-section.tsx";
import { useRoomPage } from "./use-room-page.ts";

/** Everything about one room: details, rename, metadata, grants, the caller's token, delete. */
export function RoomPage() {
  const { projectId, roomName, room, isAdmin, grantCount, me } = useRoomPage();
  const grantDialog = useGrantDialog();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const section = { label: "Rooms", path: "rooms" };

  if (room.isPending) {
    return <LoadingBlock label="Loading the room…" bodyClassName="h-48" />;
  }
  if (room.isError) {
    const missing = room.error instanceof NotFoundError;
    return (
      <div className="grid gap-4">
        <DetailHeader projectId={projectId} section={section} title={roomName} />
        <div role="alert" className="grid justify-items-start gap-3 rounded-xl border border-line bg-surface p-6">
          <p className="font-medium">{missing ? "There is no room with this name." : "Could not load this room."}</p>
          <p className="text-muted">{missing ? "It may have been renamed or deleted." : describeError(room.error)}</p>
          <div className="flex flex-wrap justify-center gap-2">
            <Link to={`/project/${encodeURIComponent(projectId)}/rooms`} className={buttonClass()}>
              Back to rooms
            </Link>
            {!missing && (
              <Button variant="primary" onClick={() => void room.refetch()}>
                Retry
              </Button>
            )}
          </div>
        </div>
      </div>
    );
  }

  const data = room.data;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <DetailHeader
        projectId={projectId}
        section={section}
        title={data.name}
        subtitle={
          isAdmin && grantCount !== undefined ? `${grantCount} ${grantCount === 1 ? "grant" : "grants"}` : undefined
        }
        actions={
          isAdmin && (
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete room
            </Button>
          )
        }
      />
      <RoomDetailsCard projectId={projectId} room={data} canEdit={isAdmin} onEdit={() => setEditing(true)} />
      {isAdmin && <RoomGrantsSection projectId={projectId} roomId={data.id} />}
      <ConnectAsMePanel
        projectId={projectId}
        roomName={data.name}
        roomId={data.id}
        myUserId={me?.id}
        isAdmin={isAdmin}
      />
      {isAdmin && grantDialog.target && (
        <GrantDialog
          projectId={projectId}
          side={{ party: "room", roomId: data.id, roomName: data.name }}
          target={grantDialog.target}
          onClose={grantDialog.close}
        />
      )}
      {isAdmin && (
        <>
          <EditRoomDetailsDialog projectId={projectId} room={data} open={editing} onOpenChange={setEditing} />
          <DeleteRoomDialog
            projectId={projectId}
            room={data}
            grantCount={grantCount}
            open={deleting}
            onOpenChange={setDeleting}
          />
        </>
      )}
    </div>
  );
}
