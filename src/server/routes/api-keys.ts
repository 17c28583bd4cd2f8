import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { createApiKeyBodySchema } from "#api/schemas/api-key.ts";
import { type AppEnv, refuseApiKey, requireAdmin } from "../auth.ts";
import { now } from "../db/open.ts";
import { notFound } from "../http/errors.ts";
import { readBody } from "../http/validate.ts";
import { encodeApiKey, hashSecret, randomSecret } from "../tokens.ts";

export const apiKeyRoutes = new Hono<AppEnv>();
const K = "/accounts/projects/:projectId/api-keys";

apiKeyRoutes.post(K, async (c) => {
  const { project, principal } = requireAdmin(c, "create API keys");
  // A key minting keys would outlive its own revocation.
  refuseApiKey(principal, "create API keys");
  const body = await readBody(c, createApiKeyBodySchema);
  const id = randomUUID();
  const secret = randomSecret();
  c.get("db")
    .prepare(
      "INSERT INTO api_keys (id, project_id, name, description, secret_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .run(id, project.id, body.name, body.description ?? "", hashSecret(secret), principal.user.id, now());
  const value = encodeApiKey(id, project.id, secret);
  return c.json({ id, name: body.name, description: body.description ?? "", value }, 201);
});

apiKeyRoutes.get(K, (c) => {
  const { project } = requireAdmin(c, "read API keys");
  const keys = c
    .get("db")
    .prepare<
      [string],
      { id: string; name: string; description: string; created_by: string | null; created_at: string }
    >(
      "SELECT id, name, description, created_by, created_at FROM api_keys WHERE project_id = ? ORDER BY created_at, name",
    )
    .all(project.id);
  return c.json({ keys });
});

apiKeyRoutes.delete(`${K}/:keyId`, (c) => {
  const { project } = requireAdmin(c, "delete API keys");
  const result = c
    .get("db")
    .prepare("DELETE FROM api_keys WHERE project_id = ? AND id = ?")
    .run(project.id, c.req.param("keyId"));
  if (result.changes === 0) throw notFound("API key not found");
  return c.body(null, 204);
});
