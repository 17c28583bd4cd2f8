import { useQuery } from "@tanstack/react-query";
import { type ReactNode, type Ref, useState } from "react";
import { presets } from "#api/scope/presets.ts";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { GrantEditorForm } from "./grant-editor-form.tsx";
import { MemberPicker, RoomPicker } from "./party-pickers.tsx";
import { useGrantHolders } from "./use-grant-holders.ts";
import { memberLabel, useRoomName } from "./use-grant-parties.ts";
import type { GrantOutcome } from "./use-grant-save.ts";

const startFrom = presets.none();
const noHolders: ReadonlySet<string> = new Set();

export type GrantParty = "room" | "user";

export interface NewGrantBodyProps {
  projectId: string;
  roomId: string | null;
  userId: string | null;
  /** The room's name when the opener knows it (a room page); else it is looked up. */
  roomName?: string | undefined;
  /** The side set by where the editor was opened, which cannot be changed here ("both": a matrix cell). */
  fixed?: GrantParty | "both" | undefined;
  /** A pick (or, with null, "Change"): the opener keeps the choice (in the URL, or in state). */
  onChoose: (party: GrantParty, id: string | null) => void;
  /** The other side picked already holds a grant with the chosen one: open that grant instead. */
  onEditExisting: (roomId: string, userId: string) => void;
  onLeave: (outcome?: GrantOutcome) => void;
  /** Each outcome as soon as the editor learns it (see GrantEditorForm). */
  onOutcome?: ((outcome: GrantOutcome) => void) | undefined;
  /** The form's Cancel, for a dialog's Escape (see GrantEditorForm). */
  cancelRef?: Ref<() => void> | undefined;
}

/** Creating a grant: the room and the member the opener left open are picked, then the scope (from "none"). */
export function NewGrantBody(props: NewGrantBodyProps) {
  const { projectId, roomId, userId, roomName, fixed, onChoose, onEditExisting, onLeave, onOutcome, cancelRef } = props;
  const api = useApi();
  // Names of what was picked here; a room given by the opener is named from its grants, if any.
  const [pickedRoom, setPickedRoom] = useState<string>();
  const fetchedRoomName = useRoomName(projectId, roomName || pickedRoom ? null : roomId);
  const knownRoomName = roomName ?? pickedRoom ?? fetchedRoomName ?? undefined;
  const member = useQuery({ ...memberQueries.detail(api, projectId, userId ?? ""), enabled: userId !== null });
  const person = userId ? memberLabel(member.data, userId) : undefined;
  const roomText = knownRoomName ?? (roomId ? `room id ${roomId}` : "");
  // Only one side is picked at a time: the holders are those of the side already chosen.
  const holders = useGrantHolders(projectId, roomId ? { room: roomId } : userId ? { user: userId } : null);

  return (
    <div className="grid min-w-0 gap-5">
      <div className="grid gap-4 md:grid-cols-2">
        <Party
          title="Room"
          value={roomId ? roomText : null}
          onChange={fixed === "room" || fixed === "both" ? undefined : () => onChoose("room", null)}
          picker={
            <RoomPicker
              projectId={projectId}
              holders={userId ? holders : noHolders}
              onPickHolder={(id) => userId && onEditExisting(id, userId)}
              onPick={(room) => {
                setPickedRoom(room.name);
                onChoose("room", room.id);
              }}
            />
          }
        />
        <Party
          title="Member"
          value={userId ? (person ?? userId) : null}
          onChange={fixed === "user" || fixed === "both" ? undefined : () => onChoose("user", null)}
          picker={
            <MemberPicker
              projectId={projectId}
              holders={roomId ? holders : noHolders}
              onPickHolder={(id) => roomId && onEditExisting(roomId, id)}
              onPick={(id) => onChoose("user", id)}
            />
          }
        />
      </div>
      {roomId && userId ? (
        <GrantEditorForm
          key={`${roomId}\n${userId}`}
          target={{ projectId, roomId, userId }}
          initial={startFrom}
          who={`${person ?? userId} in ${roomText}`}
          onLeave={onLeave}
          onOutcome={onOutcome}
          cancelRef={cancelRef}
        />
      ) : (
        <p className="pb-6 text-sm text-muted">The scope editor opens once both are chosen.</p>
      )}
    </div>
  );
}

interface PartyProps {
  title: string;
  value: string | null;
  /** Absent when this side is fixed. */
  onChange: (() => void) | undefined;
  picker: ReactNode;
}

/** One side of the grant: what was chosen, with "Change", or the picker. */
function Party({ title, value, onChange, picker }: PartyProps) {
  return (
    <section aria-label={title} className="grid content-start gap-2 rounded-lg border border-line bg-surface p-3">
      <h2 className="text-sm font-semibold">{title}</h2>
      {value === null ? (
        picker
      ) : (
        <div className="flex min-w-0 items-center justify-between gap-2">
          <UntrustedText className="font-medium">{value}</UntrustedText>
          {onChange && (
            <Button size="sm" variant="ghost" onClick={onChange} aria-label={`Change the ${title.toLowerCase()}`}>
              Change
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
