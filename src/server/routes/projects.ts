import { projectInfoSchema, projectsListSchema } from "#api/schemas/project.ts";
import { projectAccess, requireAdmin, roleOf } from "../auth.ts";
import { insertProject, projectJsonText, projectsOfUser, updateSettings } from "../db/projects.ts";
import { forbidden } from "../http/errors.ts";
import { created, defineRoutes, jsonText } from "../http/route-types.ts";

export const projectRoutes = defineRoutes({
  listProjects: (c) => {
    const principal = c.get("principal");
    const projects = projectsOfUser(c.get("db"), principal.user.id).filter(
      (p) => !principal.apiKey || p.id === principal.apiKey.projectId,
    );
    return jsonText(projectsListSchema, `{"projects":[${projects.map(projectJsonText).join(",")}]}`);
  },

  createProject: (c, request) => {
    const principal = c.get("principal");
    if (principal.apiKey) throw forbidden("API keys cannot create projects; use a user token");
    const body = request.body();
    const project = insertProject(c.get("db"), {
      name: body.name,
      ownerUserId: principal.user.id,
      settings: body.settings,
    });
    const { id, owner_user_id, name, project_key } = project;
    return created({ id, owner_user_id, name, project_key });
  },

  getProject: (c) => jsonText(projectInfoSchema, projectJsonText(projectAccess(c).project)),

  updateProjectSettings: (c, { body }) => {
    const { project } = requireAdmin(c, "change project settings");
    updateSettings(c.get("db"), project.id, body());
    return { ok: true };
  },

  getProjectRole: (c) => {
    const { member } = projectAccess(c);
    return {
      role: roleOf(member),
      can_create_rooms: member.can_create_rooms === 1 || member.is_developer === 1 || member.is_admin === 1,
      can_create_agents: member.can_create_agents === 1,
      can_use_llm_proxy: member.can_use_llm_proxy === 1,
      is_admin: member.is_admin === 1,
      is_developer: member.is_developer === 1,
    };
  },

  getProjectStatus: (c) => {
    projectAccess(c);
    return { enabled: true };
  },
});
