import { randomUUID } from "node:crypto";
import { refuseApiKey, requireAdmin } from "../auth.ts";
import { now } from "../db/open.ts";
import { notFound } from "../http/errors.ts";
import { created, defineRoutes } from "../http/route-types.ts";
import { encodeApiKey, hashSecret, randomSecret } from "../tokens.ts";

export const apiKeyRoutes = defineRoutes({
  createApiKey: (c, request) => {
    const { project, principal } = requireAdmin(c, "create API keys");
    // A key minting keys would outlive its own revocation.
    refuseApiKey(principal, "create API keys");
    const body = request.body();
    const id = randomUUID();
    const secret = randomSecret();
    c.get("db")
      .prepare(
        "INSERT INTO api_keys (id, project_id, name, description, secret_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
      .run(id, project.id, body.name, body.description ?? "", hashSecret(secret), principal.user.id, now());
    const value = encodeApiKey(id, project.id, secret);
    return created({ id, name: body.name, description: body.description ?? "", value });
  },

  listApiKeys: (c) => {
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
    return { keys };
  },

  deleteApiKey: (c, { params }) => {
    const { project } = requireAdmin(c, "delete API keys");
    const result = c
      .get("db")
      .prepare("DELETE FROM api_keys WHERE project_id = ? AND id = ?")
      .run(project.id, params.keyId);
    if (result.changes === 0) throw notFound("API key not found");
    return undefined;
  },
});
