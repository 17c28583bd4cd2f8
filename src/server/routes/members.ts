import { Hono } from "hono";
import { addMemberBodySchema, updateMemberBodySchema } from "#api/schemas/member.ts";
import { countOffsetQuerySchema } from "#api/schemas/page.ts";
import { updateProfileBodySchema } from "#api/schemas/profile.ts";
import { type AppEnv, projectAccess, refuseApiKey, requireAdmin } from "../auth.ts";
import {
  adminCount,
  deleteMember,
  getMember,
  insertMember,
  listMembers,
  memberJson,
  updateMember,
} from "../db/members.ts";
import { getUser, profileJson, sharesProject, updateProfile } from "../db/users.ts";
import { conflict, fieldError, forbidden, notFound } from "../http/errors.ts";
import { page } from "../http/page.ts";
import { readBody, readQuery } from "../http/validate.ts";
import { journaledWrite } from "./grant-journal.ts";

export const memberRoutes = new Hono<AppEnv>();
const P = "/accounts/projects/:projectId";

memberRoutes.get(`${P}/users`, (c) => {
  const { project } = projectAccess(c);
  const { rows, total } = listMembers(c.get("db"), project.id, page(readQuery(c, countOffsetQuerySchema)));
  return c.json({ users: rows.map(memberJson), total });
});

memberRoutes.post(`${P}/users`, async (c) => {
  const { project } = requireAdmin(c, "add members");
  const body = await readBody(c, addMemberBodySchema);
  const db = c.get("db");
  if (body.project_id && body.project_id !== project.id)
    throw fieldError("project_id", "does not match the project in the path");
  if (!getUser(db, body.user_id)) throw fieldError("user_id", `no user has the id ${body.user_id}`);
  if (getMember(db, project.id, body.user_id))
    throw conflict("This user is already a member of the project", "user_id");
  insertMember(db, project.id, body.user_id, body);
  return c.json({ ok: true }, 201);
});

memberRoutes.put(`${P}/users/:userId`, async (c) => {
  const { project } = requireAdmin(c, "change member roles");
  const body = await readBody(c, updateMemberBodySchema);
  const db = c.get("db");
  const member = getMember(db, project.id, c.req.param("userId"));
  if (!member) throw notFound("This user is not a member of the project");
  if (member.is_admin === 1 && !body.is_admin && adminCount(db, project.id) <= 1) {
    throw conflict("A project needs at least one admin: make someone else admin first", "is_admin");
  }
  updateMember(db, member, body);
  return c.json({ ok: true });
});

memberRoutes.delete(`${P}/users/:userId`, (c) => {
  const { project } = requireAdmin(c, "remove members");
  const db = c.get("db");
  const member = getMember(db, project.id, c.req.param("userId"));
  if (!member) throw notFound("This user is not a member of the project");
  if (member.is_admin === 1 && adminCount(db, project.id) <= 1) {
    throw conflict("The last admin of a project cannot be removed");
  }
  journaledWrite(c, () => deleteMember(db, project.id, member.user_id));
  return c.json({ ok: true });
});

memberRoutes.get("/accounts/profiles/:userId", (c) => {
  const { user, apiKey } = c.get("principal");
  const db = c.get("db");
  const target = getUser(db, c.req.param("userId"));
  // An API key sees the people of its own project only, not those of its creator's other projects.
  const visible =
    target &&
    (apiKey
      ? getMember(db, apiKey.projectId, target.id) !== undefined
      : target.id === user.id || user.is_server_admin === 1 || sharesProject(db, user.id, target.id));
  if (!visible) throw notFound("User not found");
  return c.json(profileJson(target));
});

memberRoutes.put("/accounts/profiles/:userId", async (c) => {
  const principal = c.get("principal");
  const { user } = principal;
  // A project key speaks for its creator in one project, not for their account.
  refuseApiKey(principal, "change profiles");
  const id = c.req.param("userId");
  if (id !== user.id && user.is_server_admin !== 1) throw forbidden("You may only change your own profile");
  const body = await readBody(c, updateProfileBodySchema);
  if (!getUser(c.get("db"), id)) throw notFound("User not found");
  updateProfile(c.get("db"), id, body.first_name, body.last_name);
  return c.json({ ok: true });
});
