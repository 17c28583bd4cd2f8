import { z } from "zod";
import { annotationsSchema, totalSchema } from "./json.ts";
import { camelizeKeys } from "./keys.ts";

// The TS SDK requires `client_secret` as a string on every read; the local server sends the real
// secret once, on create, and "" afterwards (README, "API decisions").
export const oauthClientSchema = z
  .object({
    client_id: z.string(),
    client_secret: z.string().nullish(),
    grant_types: z.array(z.string()),
    response_types: z.array(z.string()),
    redirect_uris: z.array(z.string()),
    scope: z.string(),
    project_id: z.string(),
    metadata: annotationsSchema.nullish().transform((v) => v ?? {}),
    official: z.boolean().default(false),
  })
  .transform(camelizeKeys);
export type OAuthClient = z.output<typeof oauthClientSchema>;

export const oauthClientsPageSchema = z
  .object({ clients: z.array(oauthClientSchema), total: totalSchema })
  .transform((page) => ({ clients: page.clients, total: page.total ?? page.clients.length }));
export type OAuthClientsPage = z.output<typeof oauthClientsPageSchema>;

const uri = z.string().refine((s) => URL.canParse(s), "must be a URL");

export const createOAuthClientBodySchema = z.object({
  grant_types: z.array(z.string().min(1)).min(1, "choose at least one grant type"),
  response_types: z.array(z.string().min(1)),
  redirect_uris: z.array(uri),
  scope: z.string(),
  metadata: annotationsSchema.nullish(),
  official: z.boolean().nullish(),
});
export type CreateOAuthClientBody = z.input<typeof createOAuthClientBodySchema>;

export const updateOAuthClientBodySchema = createOAuthClientBodySchema.partial();
export type UpdateOAuthClientBody = z.input<typeof updateOAuthClientBodySchema>;
