import type { Meshagent } from "#api/client.ts";
import { allGrantsOf } from "#app/lib/user-grants.ts";
import type { BulkItem } from "./bulk-plan.ts";

/**
 * The target member gets the source member's scope in every room the source holds a grant in;
 * the target's grants in other rooms stay as they are.
 */
export async function copyGrantsItems(
  api: Meshagent,
  projectId: string,
  from: string,
  to: { id: string; email: string },
): Promise<BulkItem[]> {
  const [source, target] = await Promise.all([allGrantsOf(api, projectId, from), allGrantsOf(api, projectId, to.id)]);
  const held = new Map(target.map((grant) => [grant.room.id, grant.permissions]));
  return source.map((grant) => ({
    cell: {
      roomId: grant.room.id,
      roomName: grant.room.name,
      userId: to.id,
      userEmail: to.email,
      scope: held.get(grant.room.id) ?? null,
    },
    patch: { kind: "replace", scope: grant.permissions },
  }));
}
