import { type Db, likePattern, now, prepared } from "./open.ts";

export interface OAuthClientRow {
  client_id: string;
  project_id: string;
  secret_hash: string;
  grant_types: string;
  response_types: string;
  redirect_uris: string;
  scope: string;
  metadata: string;
  official: number;
  created_at: string;
}

export interface OAuthClientFields {
  grant_types?: string[] | undefined;
  response_types?: string[] | undefined;
  redirect_uris?: string[] | undefined;
  scope?: string | undefined;
  metadata?: Record<string, string> | null | undefined;
  official?: boolean | null | undefined;
}

/** The secret is only ever sent on create; reads carry "" because the TS SDK requires a string. */
export const oauthClientJson = (r: OAuthClientRow, secret = "") => ({
  client_id: r.client_id,
  client_secret: secret,
  grant_types: JSON.parse(r.grant_types) as string[],
  response_types: JSON.parse(r.response_types) as string[],
  redirect_uris: JSON.parse(r.redirect_uris) as string[],
  scope: r.scope,
  project_id: r.project_id,
  metadata: JSON.parse(r.metadata) as Record<string, string>,
  official: r.official === 1,
});

export function getOAuthClient(db: Db, projectId: string, clientId: string): OAuthClientRow | undefined {
  return prepared<[string, string], OAuthClientRow>(
    db,
    "SELECT * FROM oauth_clients WHERE project_id = ? AND client_id = ?",
  ).get(projectId, clientId);
}

export function insertOAuthClient(
  db: Db,
  projectId: string,
  clientId: string,
  secretHash: string,
  f: Required<Pick<OAuthClientFields, "grant_types" | "response_types" | "redirect_uris" | "scope">> &
    OAuthClientFields,
) {
  prepared(
    db,
    "INSERT INTO oauth_clients (client_id, project_id, secret_hash, grant_types, response_types, redirect_uris, scope, metadata, official, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(
    clientId,
    projectId,
    secretHash,
    JSON.stringify(f.grant_types),
    JSON.stringify(f.response_types),
    JSON.stringify(f.redirect_uris),
    f.scope,
    JSON.stringify(f.metadata ?? {}),
    f.official ? 1 : 0,
    now(),
  );
}

export function updateOAuthClient(db: Db, row: OAuthClientRow, f: OAuthClientFields): void {
  prepared(
    db,
    "UPDATE oauth_clients SET grant_types = ?, response_types = ?, redirect_uris = ?, scope = ?, metadata = ?, official = ? WHERE client_id = ?",
  ).run(
    f.grant_types ? JSON.stringify(f.grant_types) : row.grant_types,
    f.response_types ? JSON.stringify(f.response_types) : row.response_types,
    f.redirect_uris ? JSON.stringify(f.redirect_uris) : row.redirect_uris,
    f.scope ?? row.scope,
    f.metadata ? JSON.stringify(f.metadata) : row.metadata,
    f.official == null ? row.official : f.official ? 1 : 0,
    row.client_id,
  );
}

export function deleteOAuthClient(db: Db, projectId: string, clientId: string): boolean {
  return (
    prepared(db, "DELETE FROM oauth_clients WHERE project_id = ? AND client_id = ?").run(projectId, clientId).changes >
    0
  );
}

export function listOAuthClients(
  db: Db,
  projectId: string,
  p: { filter?: string | undefined; limit: number; offset: number },
) {
  const where =
    "project_id = ? AND (client_id LIKE ? ESCAPE '\\' OR scope LIKE ? ESCAPE '\\' OR metadata LIKE ? ESCAPE '\\')";
  const pattern = likePattern(p.filter);
  const rows = prepared<[string, string, string, string, number, number], OAuthClientRow>(
    db,
    `SELECT * FROM oauth_clients WHERE ${where} ORDER BY created_at, client_id LIMIT ? OFFSET ?`,
  ).all(projectId, pattern, pattern, pattern, p.limit, p.offset);
  const total =
    prepared<[string, string, string, string], { n: number }>(
      db,
      `SELECT count(*) AS n FROM oauth_clients WHERE ${where}`,
    ).get(projectId, pattern, pattern, pattern)?.n ?? 0;
  return { rows, total };
}
