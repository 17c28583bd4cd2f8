import { toast } from "sonner";
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
  const who = `${cell.userEmail} in ${cell.roomName}`;
  return (
    <RevokeGrantDialog
      open
      onOpenChange={(open) => !open && onDone(false)}
      who={who}
      onConfirm={() =>
        revoke.mutate(undefined, {
          onSuccess: ({ alreadyGone }) => {
            // Revoked by someone else meanwhile: the cell ends as the admin wanted, and says so.
            if (alreadyGone) toast.success(`The grant of ${who.slice(0, 120)} was already revoked`);
            onDone(true);
          },
        })
      }
      pending={revoke.isPending}
      error={revoke.error ? describeError(revoke.error) : null}
    />
  );
}
