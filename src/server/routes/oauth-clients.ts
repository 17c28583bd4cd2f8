import { requireAdmin } from "../auth.ts";
import {
  deleteOAuthClient,
  getOAuthClient,
  insertOAuthClient,
  listOAuthClients,
  oauthClientJson,
  updateOAuthClient,
} from "../db/oauth-clients.ts";
import { notFound } from "../http/errors.ts";
import { page } from "../http/page.ts";
import { created, defineRoutes } from "../http/route-types.ts";
import { hashSecret, randomSecret } from "../tokens.ts";

export const oauthClientRoutes = defineRoutes({
  createOAuthClient: (c, { body }) => {
    const { project } = requireAdmin(c, "create OAuth clients");
    const fields = body();
    const db = c.get("db");
    const clientId = randomSecret(24);
    const secret = randomSecret(32);
    insertOAuthClient(db, project.id, clientId, hashSecret(secret), fields);
    const row = getOAuthClient(db, project.id, clientId);
    if (!row) throw new Error("oauth client vanished after insert");
    return created(oauthClientJson(row, secret));
  },

  listOAuthClients: (c, { query }) => {
    const { project } = requireAdmin(c, "read OAuth clients");
    const { rows, total } = listOAuthClients(c.get("db"), project.id, page(query()));
    return { clients: rows.map((r) => oauthClientJson(r)), total };
  },

  getOAuthClient: (c, { params }) => {
    const { project } = requireAdmin(c, "read OAuth clients");
    const row = getOAuthClient(c.get("db"), project.id, params.clientId);
    if (!row) throw notFound("oauth client not found");
    return oauthClientJson(row);
  },

  updateOAuthClient: (c, { params, body }) => {
    const { project } = requireAdmin(c, "change OAuth clients");
    const fields = body();
    const db = c.get("db");
    const row = getOAuthClient(db, project.id, params.clientId);
    if (!row) throw notFound("oauth client not found");
    updateOAuthClient(db, row, fields);
    return { ok: true };
  },

  deleteOAuthClient: (c, { params }) => {
    const { project } = requireAdmin(c, "delete OAuth clients");
    if (!deleteOAuthClient(c.get("db"), project.id, params.clientId)) throw notFound("oauth client not found");
    return undefined;
  },
});
