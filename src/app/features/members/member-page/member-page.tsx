import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { NotFoundError } from "#api/errors.ts";
import { GrantDialog } from "#app/components/grant-editor/grant-dialog.tsx";
import { DetailHeader } from "#app/components/layout/detail-header.tsx";
import { Button, buttonClass } from "#app/components/ui/button.tsx";
import { LoadingBlock } from "#app/components/ui/loading-block.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { useGrantDialog } from "#app/lib/use-grant-dialog.ts";
import { memberName } from "../member-flags.ts";
import { RemoveMemberDialog } from "../remove-member-dialog.tsx";
import { MemberFlagsCard } from "./member-flags-card.tsx";
import { MemberGrantsSection } from "./member-grants-section.tsx";
import { useMemberPage } from "./use-member-page.ts";

const section = { label: "Members", path: "members" };

/** One member: profile, role flags and every room grant they hold. */
export function MemberPage() {
  const { projectId, userId, member, profile, isAdmin, myUserId, search, grants } = useMemberPage();
  const grantDialog = useGrantDialog();
  const [removing, setRemoving] = useState(false);
  const navigate = useNavigate();

  if (member.isPending) {
    return <LoadingBlock label="Loading the member…" bodyClassName="h-40" />;
  }
  if (member.isError) {
    const missing = member.error instanceof NotFoundError;
    return (
      <div className="grid gap-4">
        <DetailHeader projectId={projectId} section={section} title={userId} />
        <div role="alert" className="grid justify-items-start gap-3 rounded-xl border border-line bg-surface p-6">
          <p className="font-medium">
            {missing ? "This user is not a member of the project." : "Could not load this member."}
          </p>
          {!missing && <p className="text-muted">{describeError(member.error)}</p>}
          <div className="flex flex-wrap justify-center gap-2">
            <Link to={`/project/${encodeURIComponent(projectId)}/members`} className={buttonClass()}>
              Back to members
            </Link>
            {!missing && (
              <Button variant="primary" onClick={() => void member.refetch()}>
                Retry
              </Button>
            )}
          </div>
        </div>
      </div>
    );
  }

  const data = { ...member.data, ...(profile && { firstName: profile.firstName, lastName: profile.lastName }) };
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <DetailHeader
        projectId={projectId}
        section={section}
        title={memberName(data)}
        subtitle={
          <UntrustedText>{`${data.email ?? "no e-mail"}${data.id === myUserId ? " · you" : ""}`}</UntrustedText>
        }
        actions={
          isAdmin && (
            <Button variant="danger" onClick={() => setRemoving(true)}>
              {data.id === myUserId ? "Leave project" : "Remove member"}
            </Button>
          )
        }
      />
      <section
        aria-labelledby="member-profile"
        className="grid min-w-0 grid-cols-1 gap-3 rounded-xl border border-line bg-surface p-5 shadow-xs"
      >
        <h2 id="member-profile" className="text-base font-semibold">
          Profile
        </h2>
        <dl className="grid min-w-0 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-muted">Name</dt>
          <UntrustedText as="dd">{[data.firstName, data.lastName].filter(Boolean).join(" ") || "—"}</UntrustedText>
          <dt className="text-muted">E-mail</dt>
          <UntrustedText as="dd">{data.email ?? "—"}</UntrustedText>
          <dt className="text-muted">User ID</dt>
          <dd className="min-w-0">
            <code className="text-xs break-all">{data.id}</code>
          </dd>
        </dl>
      </section>
      <MemberFlagsCard projectId={projectId} member={member.data} myUserId={myUserId} canEdit={isAdmin} />
      {isAdmin && <MemberGrantsSection projectId={projectId} search={search} query={grants} />}
      {isAdmin && grantDialog.target && (
        <GrantDialog
          projectId={projectId}
          side={{ party: "user", userId }}
          target={grantDialog.target}
          onClose={grantDialog.close}
        />
      )}
      {isAdmin && (
        <RemoveMemberDialog
          projectId={projectId}
          member={removing ? member.data : null}
          myUserId={myUserId}
          onClose={() => setRemoving(false)}
          onRemoved={() => navigate(`/project/${encodeURIComponent(projectId)}/members`, { replace: true })}
        />
      )}
    </div>
  );
}
