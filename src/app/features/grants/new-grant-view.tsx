import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { presets } from "#api/scope/presets.ts";
import { DetailHeader } from "#app/components/layout/detail-header.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { GrantEditorForm } from "./grant-editor-form.tsx";
import { MemberPicker, RoomPicker } from "./party-pickers.tsx";
import { useBackTarget } from "./use-back-target.ts";
import { memberLabel, useRoomName } from "./use-grant-parties.ts";

const section = { label: "Grants", path: "grants" };
const startFrom = presets.none();

/** Creates a grant: picks the room and the member the link left open, then the scope (from "none"). */
export function NewGrantView({ projectId }: { projectId: string }) {
  const api = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  const roomId = search.get("room");
  const userId = search.get("user");
  // Names of what was picked here; a room given by the link is named from its grants, if any.
  const [picked, setPicked] = useState<{ room?: string }>({});
  const fetchedRoomName = useRoomName(projectId, picked.room ? null : roomId);
  const roomName = picked.room ?? fetchedRoomName ?? undefined;
  const member = useQuery({ ...memberQueries.detail(api, projectId, userId ?? ""), enabled: userId !== null });
  const person = userId ? memberLabel(member.data, userId) : undefined;
  const backTo = useBackTarget(projectId, roomName);

  const choose = (key: "room" | "user", value: string | null) => {
    const next = new URLSearchParams(search);
    if (value === null) next.delete(key);
    else next.set(key, value);
    navigate({ search: `?${next.toString()}` }, { replace: true, state: location.state });
  };
  const roomText = roomName ?? (roomId ? `room id ${roomId}` : "");

  return (
    <div className="grid min-w-0 gap-5">
      <DetailHeader
        projectId={projectId}
        section={section}
        title="Grant access to a room"
        subtitle={
          person && roomId ? `${person} in ${roomText}` : "Choose the room and the member, then what they may do."
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Party
          title="Room"
          value={roomId ? roomText : null}
          onChange={() => choose("room", null)}
          picker={
            <RoomPicker
              projectId={projectId}
              onPick={(room) => {
                setPicked({ room: room.name });
                choose("room", room.id);
              }}
            />
          }
        />
        <Party
          title="Member"
          value={userId ? (person ?? userId) : null}
          onChange={() => choose("user", null)}
          picker={<MemberPicker projectId={projectId} onPick={(id) => choose("user", id)} />}
        />
      </div>
      {roomId && userId ? (
        <GrantEditorForm
          key={`${roomId}\n${userId}`}
          target={{ projectId, roomId, userId }}
          initial={startFrom}
          who={`${person ?? userId} in ${roomText}`}
          backTo={backTo}
        />
      ) : (
        <p className="text-sm text-muted">The scope editor opens once both are chosen.</p>
      )}
    </div>
  );
}

interface PartyProps {
  title: string;
  value: string | null;
  onChange: () => void;
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
          <Button size="sm" variant="ghost" onClick={onChange} aria-label={`Change the ${title.toLowerCase()}`}>
            Change
          </Button>
        </div>
      )}
    </section>
  );
}
