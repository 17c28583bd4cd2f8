import { Link, useLocation } from "react-router";
import { SearchCombobox } from "#app/components/search-combobox/search-combobox.tsx";
import { buttonClass } from "#app/components/ui/button.tsx";
import { grantNewPath } from "#app/lib/grant-editor-links.ts";
import type { AuditViewProps } from "../audit-views.tsx";
import { MemberPicker } from "../member-access/member-picker.tsx";
import { useMemberChoice } from "../member-access/use-member-choice.ts";
import { useRoomChoices, useUrlChoice } from "../url-choice.tsx";
import { previewToken } from "./token-claims.ts";
import { TokenGrantDetails } from "./token-grant-details.tsx";

/** For a room and a member: the `api` grant their participant token would carry, in words and as JSON. */
export function TokenPreview({ projectId, index }: AuditViewProps) {
  const location = useLocation();
  const rooms = useRoomChoices(index);
  const [room, chooseRoom] = useUrlChoice("roomId", rooms);
  const memberChoice = useMemberChoice(projectId, index, "memberId");
  const member = memberChoice.chosen;
  const preview = room && member ? previewToken(index, projectId, room.id, member.id) : undefined;

  return (
    <section aria-labelledby="token-preview-heading" className="grid gap-4">
      <h2 id="token-preview-heading" className="text-lg font-semibold">
        Token preview
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <SearchCombobox label="Room" noun="room" options={rooms} value={room} onChange={chooseRoom} />
        <MemberPicker label="Member" choice={memberChoice} />
      </div>
      {room === undefined || member === undefined || preview === undefined ? (
        <p className="text-sm text-muted">
          {memberChoice.pending ? "Loading the project's members…" : "No room holds a grant yet."}
        </p>
      ) : preview.kind === "grant" ? (
        <TokenGrantDetails room={room.name} member={member.name} preview={preview} />
      ) : (
        <div role="note" className="grid gap-2 rounded-lg border border-line bg-subtle p-4 text-sm">
          <p className="font-medium">
            No access: {member.name} holds no grant in {room.name}, so the server mints them no token for it.
          </p>
          <p>
            Connecting answers 403 ("an admin must grant you access first"). A participant token minted without an api
            grant gives no access to the room's API: the Meshagent SDK (0.39.9) reads a missing api grant as none, the
            permissive default of old tokens (before 0.6.0) is gone.
          </p>
          <Link
            to={grantNewPath(projectId, { room: room.id, user: member.id })}
            state={{ from: location }}
            className={`${buttonClass("secondary", "sm")} justify-self-start`}
          >
            Grant {member.name} access to {room.name}
          </Link>
        </div>
      )}
    </section>
  );
}
