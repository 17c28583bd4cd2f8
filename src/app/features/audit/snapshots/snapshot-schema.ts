import { z } from "zod";
import { type ApiScope, apiScopeSchema } from "#api/scope/schema.ts";

// The grants snapshot: a file format of this console (written by "Save snapshot", read back by
// "Load"), not a Meshagent wire model, so it lives beside the feature and not in src/api/schemas.
// Its scopes are ApiScopes in the compact wire form, parsed by the one ApiScope schema.

export const SNAPSHOT_FORMAT = "meshagent-admin/grants-snapshot";
export const SNAPSHOT_VERSION = 1;

/** Read first, so that a file of another kind or a newer version is named as such, not as N field errors. */
const headerSchema = z.object({ format: z.unknown(), version: z.unknown() });

const grantRowSchema = z.object({
  room: z.object({ id: z.string().min(1), name: z.string() }),
  user: z.object({ id: z.string().min(1), email: z.string() }),
  // Checked after the envelope, once per distinct scope (a project's grants share a few scopes).
  scope: z.record(z.string(), z.unknown()),
});

export const snapshotFileSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  project: z.object({ id: z.string().min(1), name: z.string() }),
  taken_at: z.iso.datetime({ offset: true }),
  grants: z.array(grantRowSchema),
});
export type SnapshotFile = z.input<typeof snapshotFileSchema>;

/** A loaded snapshot: its grants keyed room id → user id → index into `scopes` (each distinct scope once). */
export interface Snapshot {
  project: { id: string; name: string };
  takenAt: string;
  size: number;
  scopes: ApiScope[];
  rooms: Map<string, { name: string; cells: Map<string, number> }>;
  emails: Map<string, string>;
}

export type SnapshotResult = { ok: true; snapshot: Snapshot } | { ok: false; error: string };

const fail = (error: string): SnapshotResult => ({ ok: false, error });

const issuesText = (issues: readonly z.core.$ZodIssue[], prefix: (string | number)[] = []) =>
  issues
    .slice(0, 3)
    .map((issue) => `${[...prefix, ...issue.path].map(String).join(".") || "the file"}: ${issue.message}`)
    .join("; ") + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : "");

function header(json: unknown): string | null {
  const head = headerSchema.safeParse(json);
  if (!head.success || head.data.format !== SNAPSHOT_FORMAT)
    return `This is not a grants snapshot: "format" must be "${SNAPSHOT_FORMAT}".`;
  const { version } = head.data;
  if (typeof version === "number" && Number.isInteger(version) && version > SNAPSHOT_VERSION)
    return `This snapshot is version ${version}, from a newer console; this console reads version ${SNAPSHOT_VERSION}.`;
  return null;
}

/** Reads a snapshot file's text for `project`; any problem is a message naming it, and nothing is loaded. */
export function parseSnapshot(text: string, project: { id: string; name: string }): SnapshotResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`This file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const wrongKind = header(json);
  if (wrongKind) return fail(wrongKind);
  const file = snapshotFileSchema.safeParse(json);
  if (!file.success) return fail(`This snapshot is malformed: ${issuesText(file.error.issues)}`);
  const { data } = file;
  if (data.project.id !== project.id)
    return fail(
      `This snapshot is of project "${data.project.name}" (${data.project.id}), not of this project "${project.name}" (${project.id}).`,
    );

  const snapshot: Snapshot = {
    project: data.project,
    takenAt: data.taken_at,
    size: data.grants.length,
    scopes: [],
    rooms: new Map(),
    emails: new Map(),
  };
  const scopeIds = new Map<string, number>();
  for (const [i, grant] of data.grants.entries()) {
    const raw = JSON.stringify(grant.scope);
    let id = scopeIds.get(raw);
    if (id === undefined) {
      const scope = apiScopeSchema.safeParse(grant.scope);
      if (!scope.success)
        return fail(`This snapshot is malformed: ${issuesText(scope.error.issues, ["grants", i, "scope"])}`);
      id = snapshot.scopes.push(scope.data) - 1;
      scopeIds.set(raw, id);
    }
    let room = snapshot.rooms.get(grant.room.id);
    if (!room) {
      room = { name: grant.room.name, cells: new Map() };
      snapshot.rooms.set(grant.room.id, room);
    }
    if (room.cells.has(grant.user.id))
      return fail(
        `This snapshot is malformed: grants.${i}: a second grant for member ${grant.user.email} in room ${grant.room.name}.`,
      );
    room.cells.set(grant.user.id, id);
    snapshot.emails.set(grant.user.id, grant.user.email);
  }
  return { ok: true, snapshot };
}
