import type { Context, MiddlewareHandler } from "hono";
import { memoAt, writeVersion } from "./cache/version-cache.ts";
import { getMember, type MemberRow, projectWithMember } from "./db/members.ts";
import { type Db, prepared } from "./db/open.ts";
import type { ProjectRow } from "./db/projects.ts";
import { userForToken } from "./db/tokens.ts";
import { getUser, type UserRow } from "./db/users.ts";
import { forbidden, notFound, unauthorized } from "./http/errors.ts";
import { hashSecret, parseApiKey, sameHash } from "./tokens.ts";

/** Who is calling: a user with a personal access token, or a project API key (its creator, in one project). */
export interface Principal {
  user: UserRow;
  apiKey?: { id: string; projectId: string };
}

export type AppEnv = {
  Variables: {
    principal: Principal;
    db: Db;
    /**
     * The database's state label when the request was authenticated (cache/version-cache.ts). The caller and their
     * membership are read at that state; a GET that writes nothing may read its cached page there too.
     */
    readVersion: string;
  };
};

function principalFor(db: Db, token: string): Principal | undefined {
  const key = parseApiKey(token);
  if (key) {
    const row = prepared<[string, string], { secret_hash: string; created_by: string | null }>(
      db,
      "SELECT secret_hash, created_by FROM api_keys WHERE id = ? AND project_id = ?",
    ).get(key.keyId, key.projectId);
    if (!row?.created_by || !sameHash(row.secret_hash, hashSecret(key.secret))) return undefined;
    // A key lives as long as its creator's membership: once they leave the project it is no longer valid.
    if (!getMember(db, key.projectId, row.created_by)) return undefined;
    const user = getUser(db, row.created_by);
    // A key acts within its project only: it never carries its creator's server-admin powers.
    return user && { user: { ...user, is_server_admin: 0 }, apiKey: { id: key.keyId, projectId: key.projectId } };
  }
  const user = userForToken(db, token);
  return user && { user };
}

/** Resolves `Authorization: Bearer …`; 401 for a missing or unknown token. */
export function requireAuth(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    const token = match?.[1]?.trim();
    const version = writeVersion(db);
    // Kept until the next write: revoking a token or a key is a write, so it takes effect at once.
    const principal = token
      ? memoAt(db, version, `principal:${hashSecret(token)}`, () => principalFor(db, token))
      : undefined;
    if (!principal) throw unauthorized(match ? "The bearer token is not valid" : undefined);
    c.set("principal", principal);
    c.set("readVersion", version);
    await next();
  };
}

export type ProjectRole = "admin" | "developer" | "member";

export interface ProjectAccess {
  project: ProjectRow;
  member: MemberRow;
  role: ProjectRole;
  principal: Principal;
}

export const roleOf = (m: MemberRow): ProjectRole => (m.is_admin ? "admin" : m.is_developer ? "developer" : "member");

/** The caller's membership of the project in the path; 404 when they cannot see it. */
export function projectAccess(c: Context<AppEnv>): ProjectAccess {
  const principal = c.get("principal");
  const db = c.get("db");
  const projectId = c.req.param("projectId") ?? "";
  const userId = principal.user.id;
  const found = memoAt(db, c.get("readVersion"), `access:${projectId}:${userId}`, () =>
    projectWithMember(db, projectId, userId),
  );
  if (!found || (principal.apiKey && principal.apiKey.projectId !== projectId)) {
    throw notFound(`Project ${projectId} was not found`);
  }
  const { project, member } = found;
  // A key acts with its creator's rights of this moment (a removed creator's key is refused at authentication).
  if (!member) throw notFound(`Project ${projectId} was not found`);
  return { project, member, role: roleOf(member), principal };
}

/** 403 for a project API key: what only a person may do (mint keys, change a profile). */
export function refuseApiKey(principal: Principal, action: string): void {
  if (principal.apiKey) throw forbidden(`API keys cannot ${action}; use a user token`);
}

export function requireAdmin(c: Context<AppEnv>, action: string): ProjectAccess {
  return adminOnly(projectAccess(c), action);
}

/** `access` when it is an admin's; 403 otherwise. */
export function adminOnly(access: ProjectAccess, action: string): ProjectAccess {
  if (access.role !== "admin") throw forbidden(`Only project admins may ${action}`);
  return access;
}
