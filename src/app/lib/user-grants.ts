import type { Meshagent } from "#api/client.ts";
import { MAX_LIMIT } from "#api/schemas/page.ts";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";

/** Every grant a member holds in the project, page by page to the end (no cap). */
export async function allGrantsOf(api: Meshagent, projectId: string, userId: string): Promise<ProjectRoomGrant[]> {
  const grants: ProjectRoomGrant[] = [];
  for (;;) {
    const page = await api.listRoomGrantsByUser(projectId, userId, { limit: MAX_LIMIT, offset: grants.length });
    grants.push(...page.roomGrants);
    if (page.roomGrants.length === 0 || grants.length >= page.total) return grants;
  }
}
