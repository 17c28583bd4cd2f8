import { issueAccessToken } from "../db/tokens.ts";
import { getUser, getUserByEmail, insertUser, listUsers, userJson } from "../db/users.ts";
import { conflict, forbidden, notFound } from "../http/errors.ts";
import { page } from "../http/page.ts";
import { created, defineRoutes } from "../http/route-types.ts";

// Endpoints of this server only: the real Meshagent signs users up and issues tokens elsewhere.
export const localRoutes = defineRoutes({
  whoami: (c) => userJson(c.get("principal").user),

  /** Anyone may look a user up by exact e-mail (to add them to a project); listing is for server admins. */
  listUsers: (c, request) => {
    const { user } = c.get("principal");
    const query = request.query();
    if (query.email === undefined && user.is_server_admin !== 1) {
      throw forbidden("Only the server admin may list users; look one up by e-mail with ?email=");
    }
    const { rows, total } = listUsers(c.get("db"), { ...page(query), email: query.email });
    return { users: rows.map(userJson), total };
  },

  createUser: (c, request) => {
    if (c.get("principal").user.is_server_admin !== 1) throw forbidden("Only the server admin may create users");
    const body = request.body();
    const db = c.get("db");
    if (getUserByEmail(db, body.email)) throw conflict(`A user with the e-mail ${body.email} already exists`, "email");
    return created(
      userJson(insertUser(db, { email: body.email, firstName: body.first_name, lastName: body.last_name })),
    );
  },

  createUserToken: (c, { params, body }) => {
    const { user, apiKey } = c.get("principal");
    // A project API key must not trade itself for a personal token of its creator (all projects).
    if (apiKey) throw forbidden("API keys cannot create personal access tokens; use a user token");
    if (params.userId !== user.id && user.is_server_admin !== 1)
      throw forbidden("You may only create tokens for yourself");
    const { name } = body();
    if (!getUser(c.get("db"), params.userId)) throw notFound("User not found");
    return created(issueAccessToken(c.get("db"), params.userId, name));
  },
});
