import { toCompact } from "#api/scope/forms.ts";
import type { ApiScope, ApiScopeJson } from "#api/scope/schema.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";

// What a member's participant token for a room would carry, as the server mints it when they connect
// (src/server/tokens.ts, spec §8): their e-mail as `name`, the room, the role "user", and their room
// grant as the `api` grant, in the compact form the grant is stored in (the TS SDK's `toJSON`).

export interface TokenGrantClaim {
  name: "room" | "role" | "api";
  scope: string | ApiScopeJson;
}

export type TokenPreview =
  | {
      kind: "grant";
      scope: ApiScope;
      /** The `api` grant exactly as the token carries it. */
      api: ApiScopeJson;
      /** The token's payload, less what is only known when it is minted (expiry, issue time, SDK version). */
      claims: { name: string; sub: string; grants: TokenGrantClaim[] };
    }
  | { kind: "no-grant" };

export function previewToken(index: AccessIndex, projectId: string, roomId: string, userId: string): TokenPreview {
  const entry = index.get(roomId, userId);
  if (entry === undefined) return { kind: "no-grant" };
  const api = toCompact(entry.scope);
  return {
    kind: "grant",
    scope: entry.scope,
    api,
    claims: {
      name: index.users.get(userId)?.email ?? userId,
      sub: projectId,
      grants: [
        { name: "room", scope: index.rooms.get(roomId)?.name ?? roomId },
        { name: "role", scope: "user" },
        { name: "api", scope: api },
      ],
    },
  };
}
