import { toCompact } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { memo } from "../cache/version-cache.ts";
import { joinJson } from "../http/json-bytes.ts";
import { type Db, likePattern, now, prepared, preparedPluck } from "./open.ts";
import { roomJsonText } from "./rooms.ts";

// Grants are stored in the compact form and answered as stored: list pages are assembled as JSON
// text so that a page of 1,000 grants costs no parse/stringify of each scope.

export interface GrantJoinRow {
  id: string;
  name: string;
  metadata: string;
  annotations: string;
  user_id: string;
  permissions: string;
}

/** A wire ProjectRoomGrant as JSON text, its scope as stored. */
export const grantText = (r: GrantJoinRow) =>
  `{"room":${roomJsonText(r)},"user_id":${JSON.stringify(r.user_id)},"permissions":${r.permissions}}`;

/** A wire page of grants (`RoomGrantsPage`) from each grant's JSON, as UTF-8 bytes. */
export const pageJson = (grants: readonly Uint8Array[], total: number) =>
  joinJson(`{"room_grants":[`, grants, `],"total":${total}}`);

export const grantColumns = "r.id, r.name, r.metadata, r.annotations, g.user_id, g.permissions";
const selectGrant = `SELECT ${grantColumns} FROM room_grants g JOIN rooms r ON r.id = g.room_id`;

export function getGrant(db: Db, projectId: string, roomId: string, userId: string): GrantJoinRow | undefined {
  return prepared<[string, string, string], GrantJoinRow>(
    db,
    `${selectGrant} WHERE g.project_id = ? AND g.room_id = ? AND g.user_id = ?`,
  ).get(projectId, roomId, userId);
}

export function insertGrant(
  db: Db,
  g: { projectId: string; roomId: string; roomName: string; userId: string; scope: ApiScope },
) {
  const t = now();
  prepared(
    db,
    "INSERT INTO room_grants (project_id, room_id, room_name, user_id, permissions, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  ).run(g.projectId, g.roomId, g.roomName, g.userId, JSON.stringify(toCompact(g.scope)), t, t);
}

export function updateGrant(db: Db, projectId: string, roomId: string, userId: string, scope: ApiScope): boolean {
  const result = prepared(
    db,
    "UPDATE room_grants SET permissions = ?, updated_at = ? WHERE project_id = ? AND room_id = ? AND user_id = ?",
  ).run(JSON.stringify(toCompact(scope)), now(), projectId, roomId, userId);
  return result.changes > 0;
}

export function deleteGrant(db: Db, projectId: string, roomId: string, userId: string): boolean {
  return (
    prepared(db, "DELETE FROM room_grants WHERE project_id = ? AND room_id = ? AND user_id = ?").run(
      projectId,
      roomId,
      userId,
    ).changes > 0
  );
}

export const grantOrders = {
  room_name: "g.room_name ASC, g.user_id ASC",
  "-room_name": "g.room_name DESC, g.user_id ASC",
} as const;

export interface Page {
  limit: number;
  offset: number;
  filter?: string | undefined;
}

/** A key for `memo`: the query's name and its parameters. */
export const memoKey = (...parts: string[]) => JSON.stringify(parts);
export const count = (db: Db, sql: string, ...params: unknown[]) =>
  prepared<unknown[], { n: number }>(db, sql).get(...params)?.n ?? 0;
/** The keys a query lists, in its order. */
const keysOf = <K>(db: Db, sql: string, ...params: unknown[]): K[] =>
  preparedPluck<unknown[], K>(db, sql).all(...params);

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
  const rows = prepared<[string, string, number, number], RoomCountRow>(
    db,
    `SELECT id, name, metadata, annotations, grant_count FROM rooms WHERE ${where} ORDER BY name LIMIT ? OFFSET ?`,
  ).all(projectId, pattern, p.limit, p.offset);
  const total = memo(db, memoKey("rooms-with-grants-total", projectId, pattern), () =>
    count(db, `SELECT count(*) AS n FROM rooms WHERE ${where}`, projectId, pattern),
  );
  const items = rows.map((r) => `{"room":${roomJsonText(r)},"count":${r.grant_count}}`);
  return `{"rooms":[${items.join(",")}],"total":${total}}`;
}

interface UserCountRow {
  user_id: string;
  grant_count: number;
  first_name: string | null;
  last_name: string | null;
  email: string;
}
const userCountColumns = "m.user_id, m.grant_count, u.first_name, u.last_name, u.email";

function usersWithGrantsPage(db: Db, projectId: string, p: Page): { rows: UserCountRow[]; total: number } {
  if (!p.filter) {
    // Ordering every member by e-mail is the cost of this list: done once per change, then sliced.
    const keys = memo(db, memoKey("users-with-grants", projectId), () =>
      keysOf<string>(
        db,
        "SELECT m.user_id FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = ? AND m.grant_count > 0 ORDER BY u.email",
        projectId,
      ),
    );
    const rows = prepared<[string, string], UserCountRow>(
      db,
      `SELECT ${userCountColumns} FROM json_each(?) k JOIN project_members m ON m.project_id = ? AND m.user_id = k.value JOIN users u ON u.id = m.user_id ORDER BY k.key`,
    ).all(JSON.stringify(keys.slice(p.offset, p.offset + p.limit)), projectId);
    return { rows, total: keys.length };
  }
  const where =
    "m.project_id = ? AND m.grant_count > 0 AND (u.email LIKE ? ESCAPE '\\' OR coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '') LIKE ? ESCAPE '\\')";
  const pattern = likePattern(p.filter);
  const from = "FROM project_members m JOIN users u ON u.id = m.user_id";
  const rows = prepared<[string, string, string, number, number], UserCountRow>(
    db,
    `SELECT ${userCountColumns} ${from} WHERE ${where} ORDER BY u.email LIMIT ? OFFSET ?`,
  ).all(projectId, pattern, pattern, p.limit, p.offset);
  return { rows, total: count(db, `SELECT count(*) AS n ${from} WHERE ${where}`, projectId, pattern, pattern) };
}

export function listUsersWithGrants(db: Db, projectId: string, p: Page) {
  const { rows, total } = usersWithGrantsPage(db, projectId, p);
  const users = rows.map((r) => ({
    user_id: r.user_id,
    count: r.grant_count,
    first_name: r.first_name,
    last_name: r.last_name,
    email: r.email,
  }));
  return { users, total };
}
