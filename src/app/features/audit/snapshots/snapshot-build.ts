import { toCompact } from "#api/scope/forms.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotFile } from "./snapshot-schema.ts";

type Grant = SnapshotFile["grants"][number];

/** Every grant of the loaded index, ordered by room name then member e-mail (so two files diff line by line). */
export function snapshotGrants(index: AccessIndex): Grant[] {
  const compact = index.scopes.map((entry) => toCompact(entry.scope));
  const rooms = [...index.rooms.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const grants: Grant[] = [];
  for (const room of rooms) {
    const row: Grant[] = [];
    for (const [userId, scopeId] of index.roomCells(room.id)) {
      const scope = compact[scopeId];
      if (scope === undefined) continue;
      row.push({
        room: { id: room.id, name: room.name },
        user: { id: userId, email: index.users.get(userId)?.email ?? userId },
        scope,
      });
    }
    row.sort((a, b) => a.user.email.localeCompare(b.user.email) || a.user.id.localeCompare(b.user.id));
    grants.push(...row);
  }
  return grants;
}

/**
 * The snapshot file's text: the header, then one grant per line, so a large file stays readable
 * and two snapshots compare with a line diff.
 */
export function snapshotText(project: { id: string; name: string }, takenAt: Date, grants: readonly Grant[]): string {
  const head: Omit<SnapshotFile, "grants"> = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    project: { id: project.id, name: project.name },
    taken_at: takenAt.toISOString(),
  };
  const headText = JSON.stringify(head).slice(0, -1);
  const lines = grants.map((grant) => JSON.stringify(grant));
  return `${headText},"grants":[\n${lines.join(",\n")}\n]}\n`;
}

/** `grants-acme-ops-2026-12-03T08-15-00-000Z.json`: names the project and sorts by time. */
export const snapshotFileName = (projectName: string, takenAt: Date) => {
  const project =
    projectName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "project";
  return `grants-${project}-${takenAt.toISOString().replace(/[:.]/g, "-")}.json`;
};
