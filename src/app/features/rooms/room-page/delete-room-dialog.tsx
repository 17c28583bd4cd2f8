import type { Room } from "#api/schemas/room.ts";
import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { useDeleteRoom } from "./use-delete-room.ts";

interface DeleteRoomDialogProps {
  projectId: string;
  room: Room;
  /** Grants that go with the room; `undefined` when unknown (not an admin, or still loading). */
  grantCount: number | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const grantsSentence = (count: number | undefined) => {
  if (count === undefined) return "Any grants in the room are deleted with it.";
  if (count === 0) return "No one holds a grant in this room.";
  return `${count === 1 ? "1 grant is" : `${count} grants are`} deleted with it: those members lose their access.`;
};

export function DeleteRoomDialog({ projectId, room, grantCount, open, onOpenChange }: DeleteRoomDialogProps) {
  const remove = useDeleteRoom(projectId, room);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) remove.reset();
        onOpenChange(next);
      }}
      title="Delete this room?"
      confirmLabel="Delete room"
      pendingLabel="Deleting…"
      onConfirm={() => remove.mutate()}
      pending={remove.isPending}
      error={remove.isError ? describeError(remove.error) : null}
    >
      <p className="grid min-w-0 grid-cols-1 gap-1">
        <span>This deletes the room</span>
        <UntrustedText className="font-semibold">{room.name}</UntrustedText>
        <span className="text-xs text-muted">ID {room.id}. It cannot be undone.</span>
      </p>
      <p className="font-medium" data-testid="delete-room-grants">
        {grantsSentence(grantCount)}
      </p>
    </ConfirmDialog>
  );
}
