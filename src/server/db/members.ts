import { type Db, likePattern, now, prepared } from "./open.ts";
import type { ProjectRow } from "./projects.ts";

export interface MemberRow {
  project_id: string;
  user_id: string;
  is_admin: number;
  is_developer: number;
  can_create_rooms: number;
  can_create_agents: number;
  can_use_llm_proxy: number;
  grant_count: number;
}

export interface MemberFlagsInput {
  is_admin?: boolean | undefined;
  is_developer?: boolean | undefined;
  can_create_rooms?: boolean | undefined;
  can_create_agents?: boolean | undefined;
  can_use_llm_proxy?: boolean | undefined;
}

type MemberWithUser = MemberRow & { email: string; first_name: string | null; last_name: string | null };

export const memberJson = (m: MemberWithUser) => ({
  id: m.user_id,
  email: m.email,
  first_name: m.first_name,
  last_name: m.last_name,
  is_admin: m.is_admin === 1,
  is_developer: m.is_developer === 1,
  can_create_rooms: m.can_create_rooms === 1,
  can_create_agents: m.can_create_agents === 1,
  can_use_llm_proxy: m.can_use_llm_proxy === 1,
});

export function getMember(db: Db, projectId: string, userId: string): MemberRow | undefined {
  return prepared<[string, string], MemberRow>(
    db,
    "SELECT * FROM project_members WHERE project_id = ? AND user_id = ?",
  ).get(projectId, userId);
}

const bit = (v: boolean | undefined, fallback: number) => (v === undefined ? fallback : v ? 1 : 0);

export function insertMember(db: Db, projectId: string, userId: string, f: MemberFlagsInput): void {
  prepared(
    db,
    "INSERT INTO project_members (project_id, user_id, is_admin, is_developer, can_create_rooms, can_create_agents, can_use_llm_proxy, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(
    projectId,
    userId,
    bit(f.is_admin, 0),
    bit(f.is_developer, 0),
    bit(f.can_create_rooms, 0),
    bit(f.can_create_agents, 0),
    bit(f.can_use_llm_proxy, 0),
    now(),
  );
}

export function updateMember(db: Db, current: MemberRow, f: MemberFlagsInput): void {
  prepared(
    db,
    "UPDATE project_members SET is_admin = ?, is_developer = ?, can_create_rooms = ?, can_create_agents = ?, can_use_llm_proxy = ? WHERE project_id = ? AND user_id = ?",
  ).run(
    bit(f.is_admin, current.is_admin),
    bit(f.is_developer, current.is_developer),
    bit(f.can_create_rooms, current.can_create_rooms),
    bit(f.can_create_agents, current.can_create_agents),
    bit(f.can_use_llm_proxy, current.can_use_llm_proxy),
    current.project_id,
    current.user_id,
  );
}

/** Removes the member and, with them, their room grants in this project. */
export function deleteMember(db: Db, projectId: string, userId: string): void {
  db.transaction(() => {
    prepared(db, "DELETE FROM room_grants WHERE project_id = ? AND user_id = ?").run(projectId, userId);
    prepared(db, "DELETE FROM project_members WHERE project_id = ? AND user_id = ?").run(projectId, userId);
  })();
}

export function adminCount(db: Db, projectId: string): number {
  return (
    prepared<[string], { n: number }>(
      db,
      "SELECT count(*) AS n FROM project_members WHERE project_id = ? AND is_admin = 1",
    ).get(projectId)?.n ?? 0
  );
}

const memberFilter =
  "m.project_id = ? AND (u.email LIKE ? ESCAPE '\\' OR coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '') LIKE ? ESCAPE '\\' OR u.id = ?)";

export function listMembers(db: Db, projectId: string, p: { filter?: string; limit: number; offset: number }) {
  const pattern = likePattern(p.filter);
  const id = p.filter ?? "";
  const rows = prepared<[string, string, string, string, number, number], MemberWithUser>(
    db,
    `SELECT m.*, u.email, u.first_name, u.last_name FROM project_members m JOIN users u ON u.id = m.user_id WHERE ${memberFilter} ORDER BY u.email LIMIT ? OFFSET ?`,
  ).all(projectId, pattern, pattern, id, p.limit, p.offset);
  const total =
    prepared<[string, string, string, string], { n: number }>(
      db,
      `SELECT count(*) AS n FROM project_members m JOIN users u ON u.id = m.user_id WHERE ${memberFilter}`,
    ).get(projectId, pattern, pattern, id)?.n ?? 0;
  return { rows, total };
}

interface ProjectMemberJoin extends ProjectRow {
  m_user_id: string | null;
  m_is_admin: number;
  m_is_developer: number;
  m_can_create_rooms: number;
  m_can_create_agents: number;
  m_can_use_llm_proxy: number;
  m_grant_count: number;
}

/** A project and the user's membership of it (absent when they are not a member), in one query: every request asks. */
export function projectWithMember(
  db: Db,
  projectId: string,
  userId: string,
): { project: ProjectRow; member: MemberRow | undefined } | undefined {
  const row = prepared<[string, string], ProjectMemberJoin>(
    db,
    `SELECT p.*, m.user_id AS m_user_id, m.is_admin AS m_is_admin, m.is_developer AS m_is_developer,
       m.can_create_rooms AS m_can_create_rooms, m.can_create_agents AS m_can_create_agents,
       m.can_use_llm_proxy AS m_can_use_llm_proxy, m.grant_count AS m_grant_count
     FROM projects p LEFT JOIN project_members m ON m.project_id = p.id AND m.user_id = ?
     WHERE p.id = ?`,
  ).get(userId, projectId);
  if (!row) return undefined;
  const {
    m_user_id,
    m_is_admin,
    m_is_developer,
    m_can_create_rooms,
    m_can_create_agents,
    m_can_use_llm_proxy,
    m_grant_count,
    ...project
  } = row;
  const member: MemberRow | undefined =
    m_user_id === null
      ? undefined
      : {
          project_id: project.id,
          user_id: m_user_id,
          is_admin: m_is_admin,
          is_developer: m_is_developer,
          can_create_rooms: m_can_create_rooms,
          can_create_agents: m_can_create_agents,
          can_use_llm_proxy: m_can_use_llm_proxy,
          grant_count: m_grant_count,
        };
  return { project, member };
}
