import { toCompact } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { type Db, likePattern, now } from "./open.ts";
import { roomJsonText } from "./rooms.ts";

// Grants are stored in the compact form and answered as stored: list pages are assembled as JSON
// text so that a page of 1,000 grants costs no parse/stringify of each scope.

interface GrantJoinRow {
  id: string;
  name: string;
  metadata: string;
  annotations: string;
  user_id: string;
  permissions: string;
}

const grantJsonText = (r: GrantJoinRow) =>
  `{"room":${roomJsonText(r)},"user_id":${JSON.stringify(r.user_id)},"permissions":${r.permissions}}`;

export const grantsPageText = (rows: GrantJoinRow[], total: number) =>
  `{"room_grants":[${rows.map(grantJsonText).join(",")}],"total":${total}}`;

const selectGrant =
  "SELECT r.id, r.name, r.metadata, r.annotations, g.user_id, g.permissions FROM room_grants g JOIN rooms r ON r.id = g.room_id";

export function getGrant(db: Db, projectId: string, roomId: string, userId: string): GrantJoinRow | undefined {
  return db
    .prepare<[string, string, string], GrantJoinRow>(
      `${selectGrant} WHERE g.project_id = ? AND g.room_id = ? AND g.user_id = ?`,
    )
    .get(projectId, roomId, userId);
}

export const grantText = grantJsonText;

export function insertGrant(
  db: Db,
  g: { projectId: string; roomId: string; roomName: string; userId: string; scope: ApiScope },
) {
  const t = now();
  db.prepare(
    "INSERT INTO room_grants (project_id, room_id, room_name, user_id, permissions, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  ).run(g.projectId, g.roomId, g.roomName, g.userId, JSON.stringify(toCompact(g.scope)), t, t);
}

export function updateGrant(db: Db, projectId: string, roomId: string, userId: string, scope: ApiScope): boolean {
  const result = db
    .prepare(
      "UPDATE room_grants SET permissions = ?, updated_at = ? WHERE project_id = ? AND room_id = ? AND user_id = ?",
    )
    .run(JSON.stringify(toCompact(scope)), now(), projectId, roomId, userId);
  return result.changes > 0;
}

export function deleteGrant(db: Db, projectId: string, roomId: string, userId: string): boolean {
  return (
    db
      .prepare("DELETE FROM room_grants WHERE project_id = ? AND room_id = ? AND user_id = ?")
      .run(projectId, roomId, userId).changes > 0
  );
}

export const grantOrders = {
  room_name: "g.room_name ASC, g.user_id ASC",
  "-room_name": "g.room_name DESC, g.user_id ASC",
} as const;

interface Page {
  limit: number;
  offset: number;
  filter?: string | undefined;
}

export function listGrants(db: Db, projectId: string, p: Page & { order: keyof typeof grantOrders }) {
  if (!p.filter) {
    const rows = db
      .prepare<[string, number, number], GrantJoinRow>(
        `${selectGrant} WHERE g.project_id = ? ORDER BY ${grantOrders[p.order]} LIMIT ? OFFSET ?`,
      )
      .all(projectId, p.limit, p.offset);
    const total =
      db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM room_grants WHERE project_id = ?").get(projectId)
        ?.n ?? 0;
    return { rows, total };
  }
  const where =
    "g.project_id = ? AND (g.room_name LIKE ? ESCAPE '\\' OR g.user_id IN (SELECT id FROM users WHERE email LIKE ? ESCAPE '\\'))";
  const pattern = likePattern(p.filter);
  const rows = db
    .prepare<[string, string, string, number, number], GrantJoinRow>(
      `${selectGrant} WHERE ${where} ORDER BY ${grantOrders[p.order]} LIMIT ? OFFSET ?`,
    )
    .all(projectId, pattern, pattern, p.limit, p.offset);
  const total =
    db
      .prepare<[string, string, string], { n: number }>(`SELECT count(*) AS n FROM room_grants g WHERE ${where}`)
      .get(projectId, pattern, pattern)?.n ?? 0;
  return { rows, total };
}

export function listGrantsByUser(
  db: Db,
  projectId: string,
  userId: string,
  p: Page & { order: keyof typeof grantOrders },
) {
  const where = "g.project_id = ? AND g.user_id = ? AND g.room_name LIKE ? ESCAPE '\\'";
  const pattern = likePattern(p.filter);
  const rows = db
    .prepare<[string, string, string, number, number], GrantJoinRow>(
      `${selectGrant} WHERE ${where} ORDER BY ${grantOrders[p.order]} LIMIT ? OFFSET ?`,
    )
    .all(projectId, userId, pattern, p.limit, p.offset);
  const total =
    db
      .prepare<[string, string, string], { n: number }>(`SELECT count(*) AS n FROM room_grants g WHERE ${where}`)
      .get(projectId, userId, pattern)?.n ?? 0;
  return { rows, total };
}

export function listGrantsByRoom(db: Db, roomId: string, p: Page) {
  const where = "g.room_id = ? AND u.email LIKE ? ESCAPE '\\'";
  const pattern = likePattern(p.filter);
  const rows = db
    .prepare<[string, string, number, number], GrantJoinRow>(
      `${selectGrant} JOIN users u ON u.id = g.user_id WHERE ${where} ORDER BY u.email LIMIT ? OFFSET ?`,
    )
    .all(roomId, pattern, p.limit, p.offset);
  const total =
    db
      .prepare<[string, string], { n: number }>(
        `SELECT count(*) AS n FROM room_grants g JOIN users u ON u.id = g.user_id WHERE ${where}`,
      )
      .get(roomId, pattern)?.n ?? 0;
  return { rows, total };
}

interface RoomCountRow {
  id: string;
  name: string;
  metadata: string;
  annotations: string;
  grant_count: number;
}

export function listRoomsWithGrants(db: Db, projectId: string, p: Page) {
  const where = "project_id = ? AND grant_count > 0 AND name LIKE ? ESCAPE '\\'";
  const pattern = likePattern(p.filter);
  const rows = db
    .prepare<[string, string, number, number], RoomCountRow>(
      `SELECT id, name, metadata, annotations, grant_count FROM rooms WHERE ${where} ORDER BY name LIMIT ? OFFSET ?`,
    )
    .all(projectId, pattern, p.limit, p.offset);
  const total =
    db
      .prepare<[string, string], { n: number }>(`SELECT count(*) AS n FROM rooms WHERE ${where}`)
      .get(projectId, pattern)?.n ?? 0;
  const items = rows.map((r) => `{"room":${roomJsonText(r)},"count":${r.grant_count}}`);
  return `{"rooms":[${items.join(",")}],"total":${total}}`;
}

export function listUsersWithGrants(db: Db, projectId: string, p: Page) {
  const where =
    "m.project_id = ? AND m.grant_count > 0 AND (u.email LIKE ? ESCAPE '\\' OR coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '') LIKE ? ESCAPE '\\')";
  const pattern = likePattern(p.filter);
  const rows = db
    .prepare<
      [string, string, string, number, number],
      { user_id: string; grant_count: number; first_name: string | null; last_name: string | null; email: string }
    >(
      `SELECT m.user_id, m.grant_count, u.first_name, u.last_name, u.email FROM project_members m JOIN users u ON u.id = m.user_id WHERE ${where} ORDER BY u.email LIMIT ? OFFSET ?`,
    )
    .all(projectId, pattern, pattern, p.limit, p.offset);
  const total =
    db
      .prepare<[string, string, string], { n: number }>(
        `SELECT count(*) AS n FROM project_members m JOIN users u ON u.id = m.user_id WHERE ${where}`,
      )
      .get(projectId, pattern, pattern)?.n ?? 0;
  const users = rows.map((r) => ({
    user_id: r.user_id,
    count: r.grant_count,
    first_name: r.first_name,
    last_name: r.last_name,
    email: r.email,
  }));
  return { users, total };
}
