import { Hono } from "hono";
import { z } from "zod";
import { createTokenBodySchema, createUserBodySchema } from "#api/schemas/local.ts";
import { countOffsetQuerySchema } from "#api/schemas/page.ts";
import type { AppEnv } from "../auth.ts";
import { issueAccessToken } from "../db/tokens.ts";
import { getUser, getUserByEmail, insertUser, listUsers, userJson } from "../db/users.ts";
import { conflict, forbidden, notFound } from "../http/errors.ts";
import { page } from "../http/page.ts";
import { readBody, readQuery } from "../http/validate.ts";

// Endpoints of this server only: the real Meshagent signs users up and issues tokens elsewhere.
export const localRoutes = new Hono<AppEnv>();

const usersQuery = countOffsetQuerySchema.extend({ email: z.string().optional() });

localRoutes.get("/local/me", (c) => c.json(userJson(c.get("principal").user)));

/** Anyone may look a user up by exact e-mail (to add them to a project); listing is for server admins. */
localRoutes.get("/local/users", (c) => {
  const { user } = c.get("principal");
  const q = readQuery(c, usersQuery);
  if (q.email === undefined && user.is_server_admin !== 1) {
    throw forbidden("Only the server admin may list users; look one up by e-mail with ?email=");
  }
  const { rows, total } = listUsers(c.get("db"), { ...page(q), email: q.email });
  return c.json({ users: rows.map(userJson), total });
});

localRoutes.post("/local/users", async (c) => {
  if (c.get("principal").user.is_server_admin !== 1) throw forbidden("Only the server admin may create users");
  const body = await readBody(c, createUserBodySchema);
  const db = c.get("db");
  if (getUserByEmail(db, body.email)) throw conflict(`A user with the e-mail ${body.email} already exists`, "email");
  const user = insertUser(db, { email: body.email, firstName: body.first_name, lastName: body.last_name });
  return c.json(userJson(user), 201);
});

localRoutes.post("/local/users/:userId/tokens", async (c) => {
  const { user, apiKey } = c.get("principal");
  const id = c.req.param("userId");
  // A project API key must not trade itself for a personal token of its creator (all projects).
  if (apiKey) throw forbidden("API keys cannot create personal access tokens; use a user token");
  if (id !== user.id && user.is_server_admin !== 1) throw forbidden("You may only create tokens for yourself");
  const body = await readBody(c, createTokenBodySchema);
  if (!getUser(c.get("db"), id)) throw notFound("User not found");
  return c.json(issueAccessToken(c.get("db"), id, body.name), 201);
});
