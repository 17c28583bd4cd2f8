import { z } from "zod";
import { camelizeKeys } from "./keys.ts";
import { userProfileWireSchema } from "./profile.ts";

// Local-only endpoints (README, "Local-only API"): the real Meshagent signs users up elsewhere.

export const createUserBodySchema = z.object({
  email: z.email("must be an e-mail address"),
  first_name: z.string().max(200).nullish(),
  last_name: z.string().max(200).nullish(),
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export const localUserSchema = userProfileWireSchema
  .extend({ invited: z.boolean().default(false), is_server_admin: z.boolean().default(false) })
  .transform(camelizeKeys);
export type LocalUser = z.output<typeof localUserSchema>;

export const localUsersPageSchema = z.object({ users: z.array(localUserSchema), total: z.number().int() });
export type LocalUsersPage = z.output<typeof localUsersPageSchema>;

export const createTokenBodySchema = z.object({ name: z.string().max(200).nullish() });

export const createdTokenSchema = z.object({ id: z.string(), token: z.string() });
export type CreatedToken = z.output<typeof createdTokenSchema>;

/** What this server offers beyond the Meshagent API, so the console can detect it. */
export const serverInfoSchema = z
  .object({
    kind: z.enum(["local", "proxy"]),
    version: z.string(),
    user_lookup: z.boolean(),
    upstream: z.string().nullish(),
    cli_session: z.boolean(),
    /** Offers the local-only storage listing and delete. */
    storage_listing: z.boolean().default(false),
    /** The largest upload it takes, in bytes, when it says. */
    upload_limit: z.number().int().positive().nullish(),
  })
  .transform(camelizeKeys);
export type ServerInfo = z.output<typeof serverInfoSchema>;

export const cliSessionSchema = z
  .object({ access_token: z.string(), api_url: z.string().nullish() })
  .transform(camelizeKeys);
export type CliSession = z.output<typeof cliSessionSchema>;
