import { decodeJwt } from "jose";
import { z } from "zod";
import { parseScope } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";

// The participant token's claims as Meshagent mints them (README, "Connect"): `grants` is a list of
// `{name, scope}` (the SDK's ParticipantToken); a plain `{room, role, api}` object is read as well.
// Decoded only, never verified: the console shows what the server issued and trusts none of it.
const grantListSchema = z
  .array(z.object({ name: z.string(), scope: z.unknown() }))
  .transform((list) => Object.fromEntries(list.map((grant) => [grant.name, grant.scope])));

const claimsSchema = z.object({
  name: z.string().optional(),
  sub: z.string().optional(),
  exp: z.number().optional(),
  grants: z
    .union([grantListSchema, z.record(z.string(), z.unknown())])
    .pipe(z.object({ room: z.string().optional(), role: z.string().optional(), api: z.unknown().optional() }))
    .optional(),
});

export interface ParticipantToken {
  /** Who the token speaks for (the user's e-mail). */
  identity: string | null;
  room: string | null;
  role: string | null;
  expiresAt: Date | null;
  /** The `api` grant: the stored room grant; `null` when the token carries none or an unreadable one. */
  api: ApiScope | null;
  /** The `api` grant exactly as the token carries it. */
  apiJson: unknown;
}

/** Reads a participant token's payload; throws when the text is not a JWT. */
export function decodeParticipantToken(jwt: string): ParticipantToken {
  const claims = claimsSchema.parse(decodeJwt(jwt));
  const apiJson = claims.grants?.api ?? null;
  let api: ApiScope | null = null;
  try {
    api = apiJson === null ? null : parseScope(apiJson);
  } catch {
    api = null;
  }
  return {
    identity: claims.name ?? null,
    room: claims.grants?.room ?? null,
    role: claims.grants?.role ?? null,
    expiresAt: claims.exp === undefined ? null : new Date(claims.exp * 1000),
    api,
    apiJson,
  };
}
