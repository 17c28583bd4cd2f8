import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ProjectMember } from "#api/schemas/member.ts";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { grantQueries } from "#app/lib/grant-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { memberName } from "./member-flags.ts";
import { useRemoveMember } from "./use-remove-member.ts";

const SHOWN = 50;

interface RemoveMemberDialogProps {
  projectId: string;
  /** The member to remove; the dialog is open while this is set. */
  member: ProjectMember | null;
  myUserId: string | undefined;
  onClose: () => void;
  /** After a removal, e.g. to leave the member's own page. */
  onRemoved?: () => void;
}

/** Confirms a removal, listing the grants the member still holds, with the choice to revoke them. */
export function RemoveMemberDialog({ projectId, member, myUserId, onClose, onRemoved }: RemoveMemberDialogProps) {
  const api = useApi();
  const remove = useRemoveMember(projectId, myUserId);
  const [revoke, setRevoke] = useState(true);
  const grants = useQuery({
    ...grantQueries.byUser(api, projectId, member?.id ?? "", { limit: SHOWN, offset: 0 }),
    enabled: member !== null,
  });
  const { reset } = remove;
  useEffect(() => {
    if (member) {
      reset();
      setRevoke(true);
    }
  }, [member, reset]);
  const list = grants.data?.roomGrants ?? [];
  const total = grants.data?.total ?? 0;
  const name = member ? memberName(member) : "";

  return (
    <ConfirmDialog
      open={member !== null}
      onOpenChange={(next) => !next && onClose()}
      title={member?.id === myUserId ? "Remove yourself from this project?" : "Remove this member?"}
      confirmLabel={revoke && total > 0 ? "Revoke grants and remove" : "Remove member"}
      pendingLabel="Removing…"
      pending={remove.isPending}
      error={remove.isError ? describeError(remove.error) : null}
      onConfirm={() =>
        member &&
        remove.mutate(
          { member, revokeGrants: revoke && total > 0 },
          {
            onSuccess: () => {
              onClose();
              if (member.id !== myUserId) onRemoved?.();
            },
          },
        )
      }
    >
      <UntrustedText className="font-semibold">{name}</UntrustedText>
      {member?.id === myUserId && (
        <p role="note" className="rounded-md bg-warn-soft px-3 py-2 text-warn-fg">
          You are removing yourself: you lose access to this project at once, and only another admin can add you back.
        </p>
      )}
      {grants.isPending ? (
        <p className="text-muted">Looking up their room grants…</p>
      ) : total === 0 ? (
        <p className="text-muted">They hold no room grants in this project.</p>
      ) : (
        <>
          <p>
            They still hold {total === 1 ? "a grant" : `${total} grants`} in {total === 1 ? "this room" : "these rooms"}
            :
          </p>
          <ul
            aria-label="Grants they hold"
            className="grid max-h-40 gap-0.5 overflow-y-auto rounded-md bg-subtle px-3 py-2"
          >
            {list.map((g) => (
              <li key={g.room.id} className="min-w-0">
                <UntrustedText>{g.room.name}</UntrustedText>
              </li>
            ))}
            {total > list.length && <li className="text-muted">and {total - list.length} more</li>}
          </ul>
          <CheckboxField
            label={`Revoke ${total === 1 ? "this grant" : `all ${total} grants`} too`}
            hint="Revoked right after the removal, so no grant outlives the membership on any server."
            checked={revoke}
            onChange={(event) => setRevoke(event.target.checked)}
          />
        </>
      )}
    </ConfirmDialog>
  );
}
