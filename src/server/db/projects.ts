import { randomUUID } from "node:crypto";
import { randomSecret } from "../tokens.ts";
import { type Db, now, prepared } from "./open.ts";

export interface ProjectRow {
  id: string;
  name: string;
  owner_user_id: string | null;
  project_key: string;
  settings: string;
  signing_secret: string;
  created_at: string;
}

/**
 * The wire Project as JSON text with the stored settings as they are: no parse and stringify, so a
 * value nested deeper than today's limit (stored by an older server) still reads.
 */
export const projectJsonText = (p: ProjectRow): string =>
  `{"id":${JSON.stringify(p.id)},"owner_user_id":${JSON.stringify(p.owner_user_id)},"name":${JSON.stringify(p.name)},"project_key":${JSON.stringify(p.project_key)},"created_at":${JSON.stringify(p.created_at)},"settings":${p.settings}}`;

export function getProject(db: Db, id: string): ProjectRow | undefined {
  return prepared<[string], ProjectRow>(db, "SELECT * FROM projects WHERE id = ?").get(id);
}

export function projectsOfUser(db: Db, userId: string): ProjectRow[] {
  return prepared<[string], ProjectRow>(
    db,
    "SELECT p.* FROM projects p JOIN project_members m ON m.project_id = p.id WHERE m.user_id = ? ORDER BY p.created_at, p.name",
  ).all(userId);
}

/** Creates the project with its owner as its first admin. */
export function insertProject(
  db: Db,
  p: { name: string; ownerUserId: string; settings?: Record<string, unknown> | null },
) {
  const id = randomUUID();
  const key = `${
    p.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "project"
  }-${randomSecret(4)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}`;
  db.transaction(() => {
    prepared(
      db,
      "INSERT INTO projects (id, name, owner_user_id, project_key, settings, signing_secret, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ).run(id, p.name, p.ownerUserId, key, JSON.stringify(p.settings ?? {}), randomSecret(), now());
    prepared(
      db,
      "INSERT INTO project_members (project_id, user_id, is_admin, is_developer, can_create_rooms, can_create_agents, can_use_llm_proxy, created_at) VALUES (?, ?, 1, 1, 1, 1, 1, ?)",
    ).run(id, p.ownerUserId, now());
  })();
  const row = getProject(db, id);
  if (!row) throw new Error("project vanished after insert");
  return row;
}

export function updateSettings(db: Db, id: string, settings: Record<string, unknown>): void {
  prepared(db, "UPDATE projects SET settings = ? WHERE id = ?").run(JSON.stringify(settings), id);
}
