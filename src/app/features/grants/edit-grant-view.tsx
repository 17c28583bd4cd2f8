import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { NotFoundError } from "#api/errors.ts";
import { DetailHeader } from "#app/components/layout/detail-header.tsx";
import { Button, buttonClass } from "#app/components/ui/button.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { grantNewPath } from "#app/lib/grant-editor-links.ts";
import { grantDetailQuery } from "#app/lib/grant-queries.ts";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { GrantEditorForm } from "./grant-editor-form.tsx";
import { useBackTarget } from "./use-back-target.ts";
import { memberLabel } from "./use-grant-parties.ts";

const section = { label: "Grants", path: "grants" };

interface EditGrantViewProps {
  projectId: string;
  roomId: string;
  userId: string;
}

/** Loads one stored grant and edits it. */
export function EditGrantView({ projectId, roomId, userId }: EditGrantViewProps) {
  const api = useApi();
  const grant = useQuery(grantDetailQuery(api, projectId, roomId, userId));
  const member = useQuery(memberQueries.detail(api, projectId, userId));
  const person = memberLabel(member.data, userId);
  const roomName = grant.data?.room.name;
  const backTo = useBackTarget(projectId, roomName);

  if (grant.isPending) {
    return (
      <div role="status" className="grid gap-4">
        <span className="sr-only">Loading the grant…</span>
        <div className="skeleton h-8 w-72" />
        <div className="skeleton h-96 w-full" />
      </div>
    );
  }
  if (grant.isError) {
    const missing = grant.error instanceof NotFoundError;
    return (
      <div className="grid gap-4">
        <DetailHeader projectId={projectId} section={section} title="Edit grant" subtitle={person} />
        <div role="alert" className="grid justify-items-start gap-3 rounded-xl border border-line bg-surface p-6">
          <p className="font-medium">
            {missing ? "This user has no grant in this room." : "Could not load the grant."}
          </p>
          <p className="text-muted">{missing ? "It may have been revoked meanwhile." : describeError(grant.error)}</p>
          <div className="flex gap-2">
            {missing ? (
              <Link to={grantNewPath(projectId, { room: roomId, user: userId })} className={buttonClass("primary")}>
                Grant access instead
              </Link>
            ) : (
              <Button variant="primary" onClick={() => grant.refetch()}>
                Retry
              </Button>
            )}
            <Link to={backTo} className={buttonClass()}>
              Back
            </Link>
          </div>
        </div>
      </div>
    );
  }

  const who = `${person} in ${grant.data.room.name}`;
  return (
    <div className="grid min-w-0 gap-5">
      <DetailHeader
        projectId={projectId}
        section={section}
        title={`Grant of ${person}`}
        subtitle={<>in room {grant.data.room.name}</>}
      />
      <GrantEditorForm
        target={{ projectId, roomId, userId }}
        existing={grant.data.permissions}
        initial={grant.data.permissions}
        who={who}
        backTo={backTo}
      />
    </div>
  );
}
