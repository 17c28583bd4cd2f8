import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { EditGrantBody } from "#app/components/grant-editor/edit-grant-body.tsx";
import { memberLabel } from "#app/components/grant-editor/use-grant-parties.ts";
import { DetailHeader } from "#app/components/layout/detail-header.tsx";
import { grantDetailQuery } from "#app/lib/grant-queries.ts";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { useBackTarget } from "./use-back-target.ts";

const section = { label: "Grants", path: "grants" };

interface EditGrantViewProps {
  projectId: string;
  roomId: string;
  userId: string;
}

/** The grant editor as a page (`grants/edit/:roomId/:userId`): a header, then the editor. */
export function EditGrantView({ projectId, roomId, userId }: EditGrantViewProps) {
  const api = useApi();
  const navigate = useNavigate();
  // The same queries as the body's: TanStack Query shares them, so this costs no extra request.
  const grant = useQuery(grantDetailQuery(api, projectId, roomId, userId));
  const member = useQuery(memberQueries.detail(api, projectId, userId));
  const person = memberLabel(member.data, userId);
  const roomName = grant.data?.room.name;
  const backTo = useBackTarget(projectId, roomName);
  return (
    <div className="grid min-w-0 gap-5">
      {!grant.isPending && (
        <DetailHeader
          projectId={projectId}
          section={section}
          title={grant.isSuccess ? `Grant of ${person}` : "Edit grant"}
          subtitle={roomName ? <>in room {roomName}</> : person}
        />
      )}
      <EditGrantBody projectId={projectId} roomId={roomId} userId={userId} onLeave={() => navigate(backTo)} />
    </div>
  );
}
