import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { ProjectMember } from "#api/schemas/member.ts";
import { PagedTableSection } from "#app/components/data-table/paged-table-section.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { sessionQueries } from "#app/lib/session-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { AddMemberDialog } from "./add-member-dialog.tsx";
import { memberColumns } from "./member-columns.tsx";
import { RemoveMemberDialog } from "./remove-member-dialog.tsx";
import { SelfAdminWarning } from "./self-admin-warning.tsx";
import { useChangeMemberFlag } from "./use-change-member-flag.ts";
import { useGuardedFlagChange } from "./use-guarded-flag-change.ts";
import { type MemberRow, useMembersPage } from "./use-members-page.ts";

const rowId = (row: MemberRow) => row.id;

export function MembersPage() {
  const api = useApi();
  const list = useMembersPage();
  const { projectId, isAdmin, myUserId } = list;
  const canLookUp = useQuery(sessionQueries.serverInfo(api)).data?.userLookup ?? false;
  const flags = useChangeMemberFlag(projectId, myUserId);
  const guarded = useGuardedFlagChange(flags.change, myUserId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ProjectMember | null>(null);
  const { request } = guarded;
  const columns = useMemo(
    () =>
      memberColumns({
        projectId,
        myUserId,
        isAdmin,
        onFlag: (member, key, on) => request({ member, key, on }),
        onRemove: setRemoving,
      }),
    [projectId, myUserId, isAdmin, request],
  );

  return (
    <>
      <PagedTableSection
        title="Members"
        intro={
          flags.failure && (
            <FormAlert>
              <div className="flex items-start justify-between gap-3">
                <span className="min-w-0 break-words">{flags.failure}</span>
                <button type="button" className="shrink-0 underline" onClick={flags.dismissFailure}>
                  Dismiss
                </button>
              </div>
            </FormAlert>
          )
        }
        list={list}
        columns={columns}
        getRowId={rowId}
        noun={["member", "members"]}
        orderNote="Ordered by e-mail. The API cannot sort members, so the columns are not sortable."
        filterLabel="Filter by name, e-mail or id"
        actions={
          isAdmin && (
            <Button variant="primary" onClick={() => setAdding(true)}>
              Add member
            </Button>
          )
        }
        empty={<p className="font-medium">No members</p>}
      />
      {isAdmin && (
        <>
          <AddMemberDialog projectId={projectId} canLookUp={canLookUp} open={adding} onOpenChange={setAdding} />
          <RemoveMemberDialog
            projectId={projectId}
            member={removing}
            myUserId={myUserId}
            onClose={() => setRemoving(null)}
          />
          <SelfAdminWarning open={guarded.held !== null} onConfirm={guarded.confirm} onCancel={guarded.cancel} />
        </>
      )}
    </>
  );
}
