import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { type GrantDialogTarget, withGrantDialog } from "#app/lib/grant-editor-links.ts";
import { grantDetailQuery } from "#app/lib/grant-queries.ts";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { EditGrantBody } from "./edit-grant-body.tsx";
import { NewGrantBody } from "./new-grant-body.tsx";
import { memberLabel } from "./use-grant-parties.ts";
import type { GrantOutcome } from "./use-grant-save.ts";

/** The side of the grant set by the page the dialog opens over. */
export type GrantDialogSide = { party: "room"; roomId: string; roomName: string } | { party: "user"; userId: string };

interface GrantDialogProps {
  projectId: string;
  side: GrantDialogSide;
  /** Edit: `id` is the other side's (the member on a room page, the room on a member page). */
  target: GrantDialogTarget;
  /**
   * New: the other side, set in advance and fixed (the grant matrix's cell is one room and one
   * member), so the outcome the opener hears is that cell's.
   */
  otherId?: string;
  /**
   * However the dialog closes (Save, revoke, Cancel, Escape, a click outside), with what its editor
   * learnt: "saved", "revoked" or "party-gone"; none when nothing was learnt.
   */
  onClose: (outcome?: GrantOutcome) => void;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** Create, edit or revoke one user's grant in one room, in a dialog over a room or member page. */
export function GrantDialog({ projectId, side, target, otherId, onClose }: GrantDialogProps) {
  const [picked, setPicked] = useState<string | null>(otherId ?? null);
  const other = target.kind === "edit" ? target.id : picked;
  const roomId = side.party === "room" ? side.roomId : other;
  const userId = side.party === "user" ? side.userId : other;
  const title = useGrantTitle(projectId, target.kind, side, roomId, userId);
  // The latest outcome the editor reported, for a close that does not come from the editor (Escape).
  const learnt = useRef<GrantOutcome | undefined>(undefined);
  const note = (outcome: GrantOutcome) => {
    learnt.current = outcome;
  };
  const close = (outcome?: GrantOutcome) => onClose(outcome ?? learnt.current);
  // Escape and a click outside are the form's Cancel (which asks first when there are unsaved edits);
  // without a form (loading, failed) the dialog closes at once.
  const cancel = useRef<() => void>(null);
  const dismiss = () => (cancel.current ? cancel.current() : close());
  const location = useLocation();
  const navigate = useNavigate();
  // The dialog follows the URL (`?grant=<id>`): the page then shows that grant for editing.
  const editExisting = (id: string) =>
    navigate(
      { search: withGrantDialog(new URLSearchParams(location.search), { kind: "edit", id }) },
      { replace: true, state: location.state },
    );

  return (
    <Dialog open onOpenChange={(open) => !open && dismiss()} title={title} size="xl">
      {target.kind === "edit" && roomId && userId ? (
        <EditGrantBody
          projectId={projectId}
          roomId={roomId}
          userId={userId}
          onLeave={close}
          onOutcome={note}
          cancelRef={cancel}
        />
      ) : (
        <NewGrantBody
          projectId={projectId}
          roomId={roomId}
          userId={userId}
          roomName={side.party === "room" ? side.roomName : undefined}
          fixed={otherId === undefined ? side.party : "both"}
          onChoose={(_party, id) => setPicked(id)}
          onEditExisting={(room, user) => editExisting(side.party === "room" ? user : room)}
          onLeave={close}
          onOutcome={note}
          cancelRef={cancel}
        />
      )}
    </Dialog>
  );
}

function useGrantTitle(
  projectId: string,
  kind: GrantDialogTarget["kind"],
  side: GrantDialogSide,
  roomId: string | null,
  userId: string | null,
): string {
  const api = useApi();
  const member = useQuery({ ...memberQueries.detail(api, projectId, userId ?? ""), enabled: userId !== null });
  const grant = useQuery({
    ...grantDetailQuery(api, projectId, roomId ?? "", userId ?? ""),
    enabled: kind === "edit" && roomId !== null && userId !== null,
  });
  const person = userId ? short(memberLabel(member.data, userId)) : "";
  const room = short(side.party === "room" ? side.roomName : (grant.data?.room.name ?? "this room"));
  if (kind === "edit") return `Grant of ${person} in ${room}`;
  return side.party === "room" ? `Grant access to ${room}` : `Grant ${person} access to a room`;
}
