import type { Meshagent } from "#api/client.ts";
import { rebasePatch } from "#api/scope/patch-rebase.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { BulkConflict } from "#app/lib/bulk-runner.ts";
import type { BulkItem } from "./bulk-plan.ts";
import type { AccessCell } from "./bulk-types.ts";
import type { CurrentGrant } from "./current-grants.ts";

/** What one applied item did: enough to undo it. `before` is the grant as the server had it. */
export interface AppliedItem {
  cell: AccessCell;
  before: ApiScope | null;
  after: ApiScope | null;
}

/**
 * Reads the grant as the server has it now, rebases the item's patch onto it and writes the result:
 * another admin's edit since the page loaded is kept, or reported as a conflict and not written.
 */
export async function applyBulkItem(
  api: Meshagent,
  projectId: string,
  { cell, patch }: BulkItem,
  /** The grant as the server has it now (current-grants.ts). */
  current: CurrentGrant,
  /** Ties every write of one bulk change together in the server's change journal. */
  bulkId: string,
): Promise<AppliedItem> {
  const now = await current(cell);
  const result = rebasePatch(patch, cell.scope, now);
  if (result.status === "conflict") throw new BulkConflict(result.reason);
  if (result.status === "unchanged") return { cell, before: now, after: now };
  const after = result.scope;
  const target = { roomId: cell.roomId, userId: cell.userId };
  // Once a write is sent it lands, so it is not tied to the cancel signal: the report stays true.
  const options = { bulkId };
  if (after === null) await api.deleteRoomGrant(projectId, cell.roomId, cell.userId, options);
  else if (now === null) await api.createRoomGrant(projectId, { ...target, permissions: after }, options);
  else await api.updateRoomGrant(projectId, { ...target, permissions: after }, options);
  return { cell, before: now, after };
}
