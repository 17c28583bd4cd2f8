import { z } from "zod";
import { isoDateSchema, jsonObjectSchema } from "./json.ts";
import { camelizeKeys } from "./keys.ts";

export const projectRoleSchema = z.enum(["member", "admin", "developer", "none"]);
export type ProjectRole = z.infer<typeof projectRoleSchema>;

const projectInfoWire = z.object({
  id: z.string(),
  owner_user_id: z.string().nullish(),
  name: z.string(),
  project_key: z.string().nullish(),
  created_at: isoDateSchema.nullish(),
  settings: jsonObjectSchema.nullish(),
});
export const projectInfoSchema = projectInfoWire.transform(camelizeKeys);
export type ProjectInfo = z.output<typeof projectInfoSchema>;

export const projectsListSchema = z.object({ projects: z.array(projectInfoSchema) });
export type ProjectsList = z.output<typeof projectsListSchema>;

export const createProjectBodySchema = z.object({
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  settings: jsonObjectSchema.nullish(),
});
export type CreateProjectBody = z.input<typeof createProjectBodySchema>;

export const createdProjectSchema = z
  .object({ id: z.string(), owner_user_id: z.string().nullish(), name: z.string(), project_key: z.string().nullish() })
  .transform(camelizeKeys);
export type CreatedProject = z.output<typeof createdProjectSchema>;

export const projectSettingsBodySchema = jsonObjectSchema;

export const projectRoleInfoSchema = z
  .object({
    role: projectRoleSchema,
    can_create_rooms: z.boolean().default(false),
    can_create_agents: z.boolean().default(false),
    can_use_llm_proxy: z.boolean().default(false),
    is_admin: z.boolean().default(false),
    is_developer: z.boolean().default(false),
  })
  .transform(camelizeKeys);
export type ProjectRoleInfo = z.output<typeof projectRoleInfoSchema>;

export const projectStatusSchema = z.object({ enabled: z.boolean() });
export type ProjectStatus = z.output<typeof projectStatusSchema>;
