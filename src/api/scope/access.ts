import { matchesPattern } from "./access-patterns.ts";
import type { ApiScope, GrantName } from "./schema.ts";

// Spec §7.3 checks for the grants without path or entry matching: room, queues, tunnels, secrets
// and the boolean flags. Path, pattern and data checks live in access-paths, access-patterns and
// access-data. An absent grant denies its whole surface everywhere.

export function hasGrant(scope: ApiScope, grant: GrantName): boolean {
  return scope[grant] !== null;
}

/** The boolean fields of a grant model (messaging.broadcast, agents.call, admin.config, …). */
export type GrantFlag<N extends GrantName> = {
  [K in keyof NonNullable<ApiScope[N]> & string]: NonNullable<ApiScope[N]>[K] extends boolean ? K : never;
}[keyof NonNullable<ApiScope[N]> & string];

/** A boolean field of a grant, false when the grant is absent: `grantAllows(scope, "messaging", "broadcast")`. */
export function grantAllows<N extends GrantName>(scope: ApiScope, grant: N, flag: GrantFlag<N>): boolean {
  const model: Record<string, unknown> | null = scope[grant];
  return model?.[flag] === true;
}

// Names in these lists are exact: unlike container or model lists, no `*` patterns.
const listed = (names: readonly string[] | null, name: string) => names === null || names.includes(name);

export function canJoinBreakoutRoom(scope: ApiScope, name: string): boolean {
  return scope.livekit !== null && listed(scope.livekit.breakout_rooms, name);
}

export function canSendToQueue(scope: ApiScope, queue: string): boolean {
  return scope.queues !== null && listed(scope.queues.send, queue);
}

export function canReceiveFromQueue(scope: ApiScope, queue: string): boolean {
  return scope.queues !== null && listed(scope.queues.receive, queue);
}

// Neither SDK checks allowed_toolkits; exact names, like the other name lists.
export function canUseToolkit(scope: ApiScope, toolkit: string): boolean {
  return scope.agents !== null && listed(scope.agents.allowed_toolkits, toolkit);
}

// The docs make an empty port list mean "all ports", unlike every other list where empty means none.
export function canUseTunnelPort(scope: ApiScope, port: number | string): boolean {
  const ports = scope.tunnels?.ports;
  if (ports === undefined) return false;
  if (ports === null || ports.length === 0) return true;
  const wanted = Number(port);
  return ports.some((entry) => Number(entry) === wanted);
}

/** TS SDK 0.39.9 (era B): endpoints may end in `*`; the client id must match exactly. */
export function canRequestOauthToken(scope: ApiScope, endpoint: string, clientId: string): boolean {
  const secrets = scope.secrets;
  if (secrets === null) return false;
  const grants = secrets.request_oauth_token;
  if (grants === null) return true;
  const wantedEndpoint = endpoint.trim();
  const wantedClient = clientId.trim();
  if (wantedEndpoint === "" || wantedClient === "") return false;
  return grants.some((g) => matchesPattern(g.endpoint, wantedEndpoint) && g.client_id === wantedClient);
}
