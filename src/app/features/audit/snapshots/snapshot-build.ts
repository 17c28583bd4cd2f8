import { toCompact } from "#api/scope/forms.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotFile } from "./snapshot-schema.ts";

const collator = new Intl.Collator();
/** Rooms written between two yields to the page, so that saving 50,000 grants never holds it for long. */
const ROOMS_PER_TASK = 100;
const yieldToPage = () => new Promise<void>((resume) => setTimeout(resume, 0));

/**
 * The snapshot file for every grant of the loaded index: the header, then one grant a line, by room
 * name then member e-mail, so a large file stays readable and two snapshots compare with a line
 * diff. Each distinct scope is serialised once (50,000 grants share a few); the file is built as a
 * Blob a hundred rooms at a time, yielding to the page between them, so that no step holds it long.
 * The index is read as it is when called: a change arriving meanwhile may or may not be in the file.
 */
export async function snapshotFile(
  project: { id: string; name: string },
  takenAt: Date,
  index: AccessIndex,
): Promise<Blob> {
  const head: Omit<SnapshotFile, "grants"> = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    project: { id: project.id, name: project.name },
    taken_at: takenAt.toISOString(),
  };
  const scopes = index.scopes.map((entry) => JSON.stringify(toCompact(entry.scope)));
  const rooms = [...index.rooms.values()].sort((a, b) => collator.compare(a.name, b.name) || cmp(a.id, b.id));
  const parts: Blob[] = [new Blob([`${JSON.stringify(head).slice(0, -1)},"grants":[`])];
  let lines: string[] = [];
  for (const [i, room] of rooms.entries()) {
    if (i > 0 && i % ROOMS_PER_TASK === 0) {
      parts.push(new Blob([lines.join("")]));
      lines = [];
      await yieldToPage();
    }
    const roomJson = JSON.stringify({ id: room.id, name: room.name });
    const cells = [...index.roomCells(room.id)].map(([id, scopeId]) => ({
      id,
      email: index.users.get(id)?.email ?? id,
      scope: scopes[scopeId] ?? "{}",
    }));
    cells.sort((a, b) => collator.compare(a.email, b.email) || cmp(a.id, b.id));
    for (const { id, email, scope } of cells) {
      const comma = lines.length > 0 || parts.length > 1 ? "," : "";
      lines.push(`${comma}\n{"room":${roomJson},"user":${JSON.stringify({ id, email })},"scope":${scope}}`);
    }
  }
  parts.push(new Blob([`${lines.join("")}\n]}\n`]));
  return new Blob(parts, { type: "application/json" });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `grants-acme-ops-2026-12-03T08-15-00-000Z.json`: names the project and sorts by time. */
export const snapshotFileName = (projectName: string, takenAt: Date) => {
  const project =
    projectName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "project";
  return `grants-${project}-${takenAt.toISOString().replace(/[:.]/g, "-")}.json`;
};
