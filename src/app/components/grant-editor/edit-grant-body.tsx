import { useQuery } from "@tanstack/react-query";
import type { Ref } from "react";
import { Link } from "react-router";
import { NotFoundError } from "#api/errors.ts";
import { Button, buttonClass } from "#app/components/ui/button.tsx";
import { LoadingBlock } from "#app/components/ui/loading-block.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { grantNewPath } from "#app/lib/grant-editor-links.ts";
import { grantDetailQuery } from "#app/lib/grant-queries.ts";
import { memberQueries } from "#app/lib/member-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { GrantEditorForm } from "./grant-editor-form.tsx";
import { memberLabel } from "./use-grant-parties.ts";
import type { GrantOutcome } from "./use-grant-save.ts";

export interface EditGrantBodyProps {
  projectId: string;
  roomId: string;
  userId: string;
  onLeave: (outcome?: GrantOutcome) => void;
  /** Each outcome as soon as the editor learns it (see GrantEditorForm). */
  onOutcome?: ((outcome: GrantOutcome) => void) | undefined;
  /** The form's Cancel, for a dialog's Escape (see GrantEditorForm). */
  cancelRef?: Ref<() => void> | undefined;
}

/** The stored grant of one user in one room, and its editor; loading and failure are shown in place. */
export function EditGrantBody({ projectId, roomId, userId, onLeave, onOutcome, cancelRef }: EditGrantBodyProps) {
  const api = useApi();
  const grant = useQuery(grantDetailQuery(api, projectId, roomId, userId));
  const member = useQuery(memberQueries.detail(api, projectId, userId));
  const person = memberLabel(member.data, userId);

  // Once loaded, the editor stays: a later read failing (the grant revoked meanwhile, read again on
  // focus) must not throw away the edits; a save tells what happened.
  if (grant.data) {
    return (
      <GrantEditorForm
        target={{ projectId, roomId, userId, roomName: grant.data.room.name }}
        existing={grant.data.permissions}
        initial={grant.data.permissions}
        who={`${person} in ${grant.data.room.name}`}
        onLeave={onLeave}
        onOutcome={onOutcome}
        cancelRef={cancelRef}
      />
    );
  }
  if (grant.isPending) {
    return <LoadingBlock label="Loading the grant…" bodyClassName="mb-6 h-96" />;
  }
  const missing = grant.error instanceof NotFoundError;
  return (
    <div role="alert" className="mb-6 grid justify-items-start gap-3 rounded-xl border border-line bg-surface p-6">
      <p className="font-medium">{missing ? "This user has no grant in this room." : "Could not load the grant."}</p>
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
        <Button onClick={() => onLeave()}>Back</Button>
      </div>
    </div>
  );
}
