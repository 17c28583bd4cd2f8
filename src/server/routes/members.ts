import { projectAccess, refuseApiKey, requireAdmin } from "../auth.ts";
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
import { created, defineRoutes } from "../http/route-types.ts";
import { journaledWrite } from "./grant-journal.ts";

export const memberRoutes = defineRoutes({
  listMembers: (c, { query }) => {
    const { project } = projectAccess(c);
    const { rows, total } = listMembers(c.get("db"), project.id, page(query()));
    return { users: rows.map(memberJson), total };
  },

  addMember: (c, request) => {
    const { project } = requireAdmin(c, "add members");
    const body = request.body();
    const db = c.get("db");
    if (body.project_id && body.project_id !== project.id)
      throw fieldError("project_id", "does not match the project in the path");
    if (!getUser(db, body.user_id)) throw fieldError("user_id", `no user has the id ${body.user_id}`);
    if (getMember(db, project.id, body.user_id))
      throw conflict("This user is already a member of the project", "user_id");
    insertMember(db, project.id, body.user_id, body);
    return created({ ok: true });
  },

  updateMember: (c, { params, ...request }) => {
    const { project } = requireAdmin(c, "change member roles");
    const body = request.body();
    const db = c.get("db");
    const member = getMember(db, project.id, params.userId);
    if (!member) throw notFound("This user is not a member of the project");
    if (member.is_admin === 1 && !body.is_admin && adminCount(db, project.id) <= 1) {
      throw conflict("A project needs at least one admin: make someone else admin first", "is_admin");
    }
    updateMember(db, member, body);
    return { ok: true };
  },

  removeMember: (c, { params }) => {
    const { project } = requireAdmin(c, "remove members");
    const db = c.get("db");
    const member = getMember(db, project.id, params.userId);
    if (!member) throw notFound("This user is not a member of the project");
    if (member.is_admin === 1 && adminCount(db, project.id) <= 1) {
      throw conflict("The last admin of a project cannot be removed");
    }
    journaledWrite(c, () => deleteMember(db, project.id, member.user_id));
    return { ok: true };
  },

  getUserProfile: (c, { params }) => {
    const { user, apiKey } = c.get("principal");
    const db = c.get("db");
    const target = getUser(db, params.userId);
    // An API key sees the people of its own project only, not those of its creator's other projects.
    const visible =
      target &&
      (apiKey
        ? getMember(db, apiKey.projectId, target.id) !== undefined
        : target.id === user.id || user.is_server_admin === 1 || sharesProject(db, user.id, target.id));
    if (!visible) throw notFound("User not found");
    return profileJson(target);
  },

  updateUserProfile: (c, { params, body }) => {
    const principal = c.get("principal");
    const { user } = principal;
    // A project key speaks for its creator in one project, not for their account.
    refuseApiKey(principal, "change profiles");
    if (params.userId !== user.id && user.is_server_admin !== 1)
      throw forbidden("You may only change your own profile");
    const { first_name, last_name } = body();
    if (!getUser(c.get("db"), params.userId)) throw notFound("User not found");
    updateProfile(c.get("db"), params.userId, first_name, last_name);
    return { ok: true };
  },
});
