import { useLocation, useNavigate, useSearchParams } from "react-router";
import { type GrantParty, NewGrantBody } from "#app/components/grant-editor/new-grant-body.tsx";
import { useRoomName } from "#app/components/grant-editor/use-grant-parties.ts";
import { DetailHeader } from "#app/components/layout/detail-header.tsx";
import { grantEditPath } from "#app/lib/grant-editor-links.ts";
import { useBackTarget } from "./use-back-target.ts";

const section = { label: "Grants", path: "grants" };

/** The grant editor as a page for a new grant (`grants/new?room=&user=`): the picks live in the URL. */
export function NewGrantView({ projectId }: { projectId: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  const roomId = search.get("room");
  const userId = search.get("user");
  const backTo = useBackTarget(projectId, useRoomName(projectId, roomId) ?? undefined);

  const choose = (party: GrantParty, id: string | null) => {
    const next = new URLSearchParams(search);
    if (id === null) next.delete(party);
    else next.set(party, id);
    navigate({ search: `?${next.toString()}` }, { replace: true, state: location.state });
  };

  return (
    <div className="grid min-w-0 gap-5">
      <DetailHeader
        projectId={projectId}
        section={section}
        title="Grant access to a room"
        subtitle="Choose the room and the member, then what they may do."
      />
      <NewGrantBody
        projectId={projectId}
        roomId={roomId}
        userId={userId}
        onChoose={choose}
        onEditExisting={(room, user) =>
          navigate(grantEditPath(projectId, room, user), { replace: true, state: location.state })
        }
        onLeave={() => navigate(backTo)}
      />
    </div>
  );
}
