import { useQueryClient } from "@tanstack/react-query";
import { GrantDialog } from "#app/components/grant-editor/grant-dialog.tsx";
import type { ProjectAccess } from "#app/lib/access-index/use-project-access-index.ts";
import { refreshMatrixAxes } from "./matrix-queries.ts";
import { MatrixRevokeDialog } from "./matrix-revoke-dialog.tsx";
import type { CellRef } from "./matrix-selection.ts";

interface MatrixCellDialogsProps {
  projectId: string;
  access: ProjectAccess;
  editing: CellRef | null;
  revoking: CellRef | null;
  onClosed: () => void;
}

const refocusGrid = () => document.querySelector<HTMLElement>('[data-testid="grant-matrix"]')?.focus();

/** One cell's grant dialog (create, change) or its revoke confirmation; the cell is refreshed after, focus goes back to the grid. */
export function MatrixCellDialogs({ projectId, access, editing, revoking, onClosed }: MatrixCellDialogsProps) {
  const { index } = access;
  const queryClient = useQueryClient();
  const close = () => {
    onClosed();
    refocusGrid();
  };
  if (editing)
    return (
      <GrantDialog
        projectId={projectId}
        side={{ party: "room", roomId: editing.roomId, roomName: editing.roomName }}
        target={index?.get(editing.roomId, editing.userId) ? { kind: "edit", id: editing.userId } : { kind: "new" }}
        otherId={editing.userId}
        onClose={(outcome) => {
          const room = { id: editing.roomId, name: editing.roomName };
          const user = { id: editing.userId, email: editing.userEmail };
          // A grant revoked here is known gone: reading it again would only answer 404.
          if (outcome === "revoked") index?.setCell(room, user, null);
          // The room or the member was deleted meanwhile (a save said so): its row or column leaves.
          else if (outcome === "party-gone") {
            index?.setCell(room, user, null);
            void refreshMatrixAxes(queryClient, projectId);
          }
          // Saved, or closed with nothing learnt: the cell is read again (another admin may have changed it).
          else void access.refreshCell(room, user);
          close();
        }}
      />
    );
  if (revoking)
    return (
      <MatrixRevokeDialog
        projectId={projectId}
        cell={revoking}
        onDone={(revoked) => {
          const room = { id: revoking.roomId, name: revoking.roomName };
          if (revoked) index?.setCell(room, { id: revoking.userId, email: revoking.userEmail }, null);
          close();
        }}
      />
    );
  return null;
}
