import { randomUUID } from "node:crypto";
import { type Db, likePattern, now, prepared } from "./open.ts";

export interface UserRow {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  invited: number;
  is_server_admin: number;
  created_at: string;
}

export const userJson = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  first_name: u.first_name,
  last_name: u.last_name,
  invited: u.invited === 1,
  is_server_admin: u.is_server_admin === 1,
});

export const profileJson = (u: UserRow) => ({
  id: u.id,
  first_name: u.first_name,
  last_name: u.last_name,
  email: u.email,
});

export function getUser(db: Db, id: string): UserRow | undefined {
  return prepared<[string], UserRow>(db, "SELECT * FROM users WHERE id = ?").get(id);
}

export function getUserByEmail(db: Db, email: string): UserRow | undefined {
  return prepared<[string], UserRow>(db, "SELECT * FROM users WHERE email = ?").get(email.trim());
}

export function insertUser(
  db: Db,
  u: {
    email: string;
    firstName?: string | null;
    lastName?: string | null;
    invited?: boolean;
    serverAdmin?: boolean;
    id?: string;
  },
): UserRow {
  const id = u.id ?? randomUUID();
  prepared(
    db,
    "INSERT INTO users (id, email, first_name, last_name, invited, is_server_admin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  ).run(id, u.email.trim(), u.firstName ?? null, u.lastName ?? null, u.invited ? 1 : 0, u.serverAdmin ? 1 : 0, now());
  const row = getUser(db, id);
  if (!row) throw new Error("user vanished after insert");
  return row;
}

export function updateProfile(db: Db, id: string, firstName: string, lastName: string): void {
  prepared(db, "UPDATE users SET first_name = ?, last_name = ? WHERE id = ?").run(firstName, lastName, id);
}

export function listUsers(db: Db, p: { filter?: string; email?: string; limit: number; offset: number }) {
  if (p.email !== undefined) {
    const user = getUserByEmail(db, p.email);
    return { rows: user ? [user] : [], total: user ? 1 : 0 };
  }
  const pattern = likePattern(p.filter);
  const where =
    "WHERE email LIKE ? ESCAPE '\\' OR coalesce(first_name, '') || ' ' || coalesce(last_name, '') LIKE ? ESCAPE '\\'";
  const rows = prepared<[string, string, number, number], UserRow>(
    db,
    `SELECT * FROM users ${where} ORDER BY email LIMIT ? OFFSET ?`,
  ).all(pattern, pattern, p.limit, p.offset);
  const total =
    prepared<[string, string], { n: number }>(db, `SELECT count(*) AS n FROM users ${where}`).get(pattern, pattern)
      ?.n ?? 0;
  return { rows, total };
}

/** Users may see each other's profile when they share a project. */
export function sharesProject(db: Db, a: string, b: string): boolean {
  const row = prepared<[string, string], { n: number }>(
    db,
    "SELECT count(*) AS n FROM project_members x JOIN project_members y ON x.project_id = y.project_id WHERE x.user_id = ? AND y.user_id = ?",
  ).get(a, b);
  return (row?.n ?? 0) > 0;
}
