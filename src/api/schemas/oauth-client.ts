import { z } from "zod";
import { scopeProblem } from "../oauth-vocabulary.ts";
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

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why `uri` cannot be a redirect URI, or `null` when it can: absolute, https (http on this machine only), no fragment. */
export function redirectUriProblem(uri: string): string | null {
  if (uri.trim() !== uri) return "must not start or end with spaces";
  if (!URL.canParse(uri)) return "must be an absolute URL, such as https://app.example/callback";
  const url = new URL(uri);
  if (url.hash !== "" || uri.includes("#")) return "must not have a fragment (#…)";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:")
    return loopbackHosts.has(url.hostname)
      ? null
      : "http is allowed only for localhost, 127.0.0.1 and [::1]: use https";
  return "must use https";
}

export const redirectUriSchema = z.string().superRefine((uri, ctx) => {
  const problem = redirectUriProblem(uri);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Space-separated scope tokens (RFC 6749 §3.3), none twice. */
export const oauthScopeSchema = z.string().superRefine((scope, ctx) => {
  const problem = scopeProblem(scope);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const createOAuthClientBodySchema = z.object({
  grant_types: z.array(z.string().min(1)).min(1, "choose at least one grant type"),
  response_types: z.array(z.string().min(1)),
  redirect_uris: z.array(redirectUriSchema),
  scope: oauthScopeSchema,
  metadata: annotationsSchema.nullish(),
  official: z.boolean().nullish(),
});
export type CreateOAuthClientBody = z.input<typeof createOAuthClientBodySchema>;

export const updateOAuthClientBodySchema = createOAuthClientBodySchema.partial();
export type UpdateOAuthClientBody = z.input<typeof updateOAuthClientBodySchema>;
