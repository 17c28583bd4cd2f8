import { RevokeGrantDialog } from "#app/components/grant-editor/revoke-grant-dialog.tsx";
import { useGrantMutations } from "#app/components/grant-editor/use-grant-mutations.ts";
import { describeError } from "#app/lib/describe-error.ts";
import type { CellRef } from "./matrix-selection.ts";

interface MatrixRevokeDialogProps {
  projectId: string;
  cell: CellRef;
  onDone: (revoked: boolean) => void;
}

/** Delete on a cell: the revoke confirmation single edits use, for that member in that room. */
export function MatrixRevokeDialog({ projectId, cell, onDone }: MatrixRevokeDialogProps) {
  const { revoke } = useGrantMutations({ projectId, roomId: cell.roomId, userId: cell.userId });
  return (
    <RevokeGrantDialog
      open
      onOpenChange={(open) => !open && onDone(false)}
      who={`${cell.userEmail} in ${cell.roomName}`}
      onConfirm={() => revoke.mutate(undefined, { onSuccess: () => onDone(true) })}
      pending={revoke.isPending}
      error={revoke.error ? describeError(revoke.error) : null}
    />
  );
}
