import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { useNavigate } from "react-router";
import { toast } from "sonner";
import type { Meshagent } from "#api/client.ts";
import type { ProjectMember } from "#api/schemas/member.ts";
import { runBulk } from "#app/lib/bulk-runner.ts";
import { projectKeys } from "#app/lib/project-queries.ts";
import { refreshAfterMemberRemoved } from "#app/lib/refresh-after-removal.ts";
import { useApi } from "#app/lib/use-session.ts";
import { allGrantsOf } from "#app/lib/user-grants.ts";
import { memberName } from "./member-flags.ts";

/** Revokes every grant the user still holds, a few at a time; names each one the server refused. */
async function revokeAll(api: Meshagent, projectId: string, userId: string): Promise<number> {
  const grants = await allGrantsOf(api, projectId, userId);
  const bulkId = crypto.randomUUID();
  const report = await runBulk(grants, (g, signal) =>
    api.deleteRoomGrant(projectId, g.room.id, userId, { signal, bulkId }),
  );
  if (report.failed.length > 0) {
    const reasons = report.failed.map((f) => `${f.item.room.name}: ${f.reason}`);
    throw new Error(
      `The member was removed, but ${report.failed.length} of ${grants.length} grants could not be revoked ` +
        `(${reasons.slice(0, 3).join("; ")}${reasons.length > 3 ? "; …" : ""}). Retry revokes those.`,
    );
  }
  return grants.length;
}

interface RemoveMember {
  member: ProjectMember;
  revokeGrants: boolean;
}

/**
 * Removes a member, then (if asked) revokes the grants left behind. Removal goes first because it
 * is the step the server may refuse (the last admin): a refusal then leaves every grant in place.
 * Grants the server refuses to revoke are named in the error, and retrying revokes what is left.
 */
export function useRemoveMember(projectId: string, myUserId: string | undefined) {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // A retry after some revocations failed must not remove the member again (the server would answer 404).
  const removed = useRef<string | null>(null);
  return useMutation({
    mutationFn: async ({ member, revokeGrants }: RemoveMember) => {
      if (removed.current !== member.id) await api.removeMember(projectId, member.id);
      removed.current = member.id;
      return revokeGrants ? revokeAll(api, projectId, member.id) : 0;
    },
    onSuccess: (_revoked, { member }) => {
      removed.current = null;
      toast.success(`${memberName(member).slice(0, 80)} was removed from the project`);
      if (member.id === myUserId) {
        navigate("/", { replace: true });
        void queryClient.invalidateQueries({ queryKey: projectKeys.all });
        return;
      }
      void refreshAfterMemberRemoved(queryClient, projectId, member.id);
    },
  });
}
