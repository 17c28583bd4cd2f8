import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import { rebasePatch } from "#api/scope/patch-rebase.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { BulkConflict } from "#app/lib/bulk-runner.ts";
import type { BulkItem } from "./bulk-plan.ts";
import type { AccessCell } from "./bulk-types.ts";

/** What one applied item did: enough to undo it. `before` is the grant as the server had it. */
export interface AppliedItem {
  cell: AccessCell;
  before: ApiScope | null;
  after: ApiScope | null;
}

async function readGrant(api: Meshagent, projectId: string, cell: AccessCell, signal: AbortSignal) {
  try {
    return (await api.getRoomGrant(projectId, cell.roomId, cell.userId, { signal })).permissions;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * Reads the grant as the server has it now, rebases the item's patch onto it and writes the result:
 * another admin's edit since the page loaded is kept, or reported as a conflict and not written.
 */
export async function applyBulkItem(
  api: Meshagent,
  projectId: string,
  { cell, patch }: BulkItem,
  signal: AbortSignal,
  /** Ties every write of one bulk change together in the server's change journal. */
  bulkId: string,
): Promise<AppliedItem> {
  const now = await readGrant(api, projectId, cell, signal);
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
