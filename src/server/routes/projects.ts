import { Hono } from "hono";
import { createProjectBodySchema, projectSettingsBodySchema } from "#api/schemas/project.ts";
import { type AppEnv, projectAccess, requireAdmin, roleOf } from "../auth.ts";
import { insertProject, projectJsonText, projectsOfUser, updateSettings } from "../db/projects.ts";
import { forbidden } from "../http/errors.ts";
import { jsonText } from "../http/json-text.ts";
import { readBody } from "../http/validate.ts";

export const projectRoutes = new Hono<AppEnv>();

projectRoutes.get("/accounts/projects", (c) => {
  const principal = c.get("principal");
  const projects = projectsOfUser(c.get("db"), principal.user.id).filter(
    (p) => !principal.apiKey || p.id === principal.apiKey.projectId,
  );
  return jsonText(c, `{"projects":[${projects.map(projectJsonText).join(",")}]}`);
});

projectRoutes.post("/accounts/projects", async (c) => {
  const principal = c.get("principal");
  if (principal.apiKey) throw forbidden("API keys cannot create projects; use a user token");
  const body = await readBody(c, createProjectBodySchema);
  const project = insertProject(c.get("db"), {
    name: body.name,
    ownerUserId: principal.user.id,
    settings: body.settings,
  });
  return c.json(
    { id: project.id, owner_user_id: project.owner_user_id, name: project.name, project_key: project.project_key },
    201,
  );
});

projectRoutes.get("/accounts/projects/:projectId", (c) => jsonText(c, projectJsonText(projectAccess(c).project)));

projectRoutes.put("/accounts/projects/:projectId/settings", async (c) => {
  const { project } = requireAdmin(c, "change project settings");
  const settings = await readBody(c, projectSettingsBodySchema);
  updateSettings(c.get("db"), project.id, settings);
  return c.json({ ok: true });
});

projectRoutes.get("/accounts/projects/:projectId/role", (c) => {
  const { member } = projectAccess(c);
  return c.json({
    role: roleOf(member),
    can_create_rooms: member.can_create_rooms === 1 || member.is_developer === 1 || member.is_admin === 1,
    can_create_agents: member.can_create_agents === 1,
    can_use_llm_proxy: member.can_use_llm_proxy === 1,
    is_admin: member.is_admin === 1,
    is_developer: member.is_developer === 1,
  });
});

projectRoutes.get("/accounts/projects/:projectId/status", (c) => {
  projectAccess(c);
  return c.json({ enabled: true });
});
