import { Hono } from "hono";
import { createOAuthClientBodySchema, updateOAuthClientBodySchema } from "#api/schemas/oauth-client.ts";
import { countOffsetQuerySchema } from "#api/schemas/page.ts";
import { type AppEnv, requireAdmin } from "../auth.ts";
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
import { readBody, readQuery } from "../http/validate.ts";
import { hashSecret, randomSecret } from "../tokens.ts";

export const oauthClientRoutes = new Hono<AppEnv>();
const C = "/accounts/projects/:projectId/oauth/clients";

oauthClientRoutes.post(C, async (c) => {
  const { project } = requireAdmin(c, "create OAuth clients");
  const body = await readBody(c, createOAuthClientBodySchema);
  const db = c.get("db");
  const clientId = randomSecret(24);
  const secret = randomSecret(32);
  insertOAuthClient(db, project.id, clientId, hashSecret(secret), body);
  const row = getOAuthClient(db, project.id, clientId);
  if (!row) throw new Error("oauth client vanished after insert");
  return c.json(oauthClientJson(row, secret), 201);
});

oauthClientRoutes.get(C, (c) => {
  const { project } = requireAdmin(c, "read OAuth clients");
  const { rows, total } = listOAuthClients(c.get("db"), project.id, page(readQuery(c, countOffsetQuerySchema)));
  return c.json({ clients: rows.map((r) => oauthClientJson(r)), total });
});

oauthClientRoutes.get(`${C}/:clientId`, (c) => {
  const { project } = requireAdmin(c, "read OAuth clients");
  const row = getOAuthClient(c.get("db"), project.id, c.req.param("clientId"));
  if (!row) throw notFound("oauth client not found");
  return c.json(oauthClientJson(row));
});

oauthClientRoutes.put(`${C}/:clientId`, async (c) => {
  const { project } = requireAdmin(c, "change OAuth clients");
  const body = await readBody(c, updateOAuthClientBodySchema);
  const db = c.get("db");
  const row = getOAuthClient(db, project.id, c.req.param("clientId"));
  if (!row) throw notFound("oauth client not found");
  updateOAuthClient(db, row, body);
  return c.json({ ok: true });
});

oauthClientRoutes.delete(`${C}/:clientId`, (c) => {
  const { project } = requireAdmin(c, "delete OAuth clients");
  if (!deleteOAuthClient(c.get("db"), project.id, c.req.param("clientId"))) throw notFound("oauth client not found");
  return c.body(null, 204);
});
