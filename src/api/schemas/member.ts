import { z } from "zod";
import { totalSchema } from "./json.ts";
import { camelizeKeys } from "./keys.ts";

// Era B leaves project members untyped; this is the local server's shape (README, "API decisions"),
// read leniently: the newest TS SDK also accepts the profile nested under `user`.
const memberWire = z.object({
  id: z.string(),
  email: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  is_admin: z.boolean().default(false),
  is_developer: z.boolean().default(false),
  can_create_rooms: z.boolean().default(false),
  can_create_agents: z.boolean().default(false),
  can_use_llm_proxy: z.boolean().default(false),
});

export const projectMemberSchema = z
  .preprocess((value) => {
    if (typeof value !== "object" || value === null) return value;
    const { user, ...rest } = value as Record<string, unknown>;
    return typeof user === "object" && user !== null ? { ...user, ...rest } : rest;
  }, memberWire)
  .transform(camelizeKeys);
export type ProjectMember = z.output<typeof projectMemberSchema>;

export const projectMembersPageSchema = z
  .object({ users: z.array(projectMemberSchema), total: totalSchema })
  .transform((page) => ({ users: page.users, total: page.total ?? page.users.length }));
export type ProjectMembersPage = z.output<typeof projectMembersPageSchema>;

export const memberFlagsSchema = z.object({
  is_admin: z.boolean(),
  is_developer: z.boolean(),
  can_create_rooms: z.boolean(),
  can_use_llm_proxy: z.boolean(),
  can_create_agents: z.boolean(),
});
export type MemberFlagsBody = z.infer<typeof memberFlagsSchema>;

export const addMemberBodySchema = memberFlagsSchema.partial().extend({
  project_id: z.string().optional(),
  user_id: z.string().min(1, "must not be empty"),
});
export type AddMemberBody = z.input<typeof addMemberBodySchema>;

export const updateMemberBodySchema = memberFlagsSchema.partial({ can_create_agents: true });
export type UpdateMemberBody = z.input<typeof updateMemberBodySchema>;

/** The flags in TypeScript form, as the client's member methods take them. */
export type MemberFlags = Partial<
  Pick<ProjectMember, "isAdmin" | "isDeveloper" | "canCreateRooms" | "canUseLlmProxy" | "canCreateAgents">
>;
