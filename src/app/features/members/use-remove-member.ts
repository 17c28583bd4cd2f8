import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { toast } from "sonner";
import type { Meshagent } from "#api/client.ts";
import type { ProjectMember } from "#api/schemas/member.ts";
import { grantKeys } from "#app/lib/grant-queries.ts";
import { memberKeys } from "#app/lib/member-queries.ts";
import { projectKeys } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { memberName } from "./member-flags.ts";

const PAGE = 100;
const MAX_PAGES = 100;

/** Revokes every grant the user still holds, a page at a time (each page is gone once revoked). */
async function revokeAll(api: Meshagent, projectId: string, userId: string): Promise<number> {
  let revoked = 0;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await api.listRoomGrantsByUser(projectId, userId, { limit: PAGE });
    if (page.roomGrants.length === 0) break;
    await Promise.all(page.roomGrants.map((g) => api.deleteRoomGrant(projectId, g.room.id, userId)));
    revoked += page.roomGrants.length;
  }
  return revoked;
}

interface RemoveMember {
  member: ProjectMember;
  revokeGrants: boolean;
}

/**
 * Removes a member, then (if asked) revokes the grants left behind. Removal goes first because it
 * is the step the server may refuse (the last admin): a refusal then leaves every grant in place.
 */
export function useRemoveMember(projectId: string, myUserId: string | undefined) {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async ({ member, revokeGrants }: RemoveMember) => {
      await api.removeMember(projectId, member.id);
      return revokeGrants ? revokeAll(api, projectId, member.id) : 0;
    },
    onSuccess: (_revoked, { member }) => {
      toast.success(`${memberName(member).slice(0, 80)} was removed from the project`);
      if (member.id === myUserId) {
        navigate("/", { replace: true });
        void queryClient.invalidateQueries({ queryKey: projectKeys.all });
        return;
      }
      void queryClient.invalidateQueries({ queryKey: memberKeys.lists(projectId) });
      void queryClient.invalidateQueries({ queryKey: memberKeys.detail(projectId, member.id), refetchType: "none" });
      void queryClient.invalidateQueries({ queryKey: grantKeys.user(projectId, member.id), refetchType: "none" });
      // Rooms lose this member's grants: their counts and lists refetch when next shown.
      void queryClient.invalidateQueries({ queryKey: grantKeys.rooms(projectId) });
    },
  });
}
