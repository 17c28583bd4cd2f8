import { decidePattern, matchesPattern } from "./access-patterns.ts";
import { absent, byFlag, type Decision, findEntry, matched, noMatch, unrestricted } from "./decision.ts";
import type { ApiScope, GrantName } from "./schema.ts";

// Spec §7.3 checks for the grants without path or entry matching: room, queues, tunnels, secrets
// and the boolean flags. Path, pattern and data checks live in access-paths, access-patterns and
// access-data. An absent grant denies its whole surface everywhere.

export function decideGrant(scope: ApiScope, grant: GrantName): Decision {
  return scope[grant] === null ? absent(grant) : { allowed: true, because: "matched", entry: { grant } };
}
export const hasGrant = (scope: ApiScope, grant: GrantName) => decideGrant(scope, grant).allowed;

/** The boolean fields of a grant model (messaging.broadcast, agents.call, admin.config, …). */
export type GrantFlag<N extends GrantName> = {
  [K in keyof NonNullable<ApiScope[N]> & string]: NonNullable<ApiScope[N]>[K] extends boolean ? K : never;
}[keyof NonNullable<ApiScope[N]> & string];

/** A boolean field of a grant, false when the grant is absent: `decideFlag(scope, "messaging", "broadcast")`. */
export function decideFlag<N extends GrantName>(scope: ApiScope, grant: N, flag: GrantFlag<N>): Decision {
  const model: Record<string, unknown> | null = scope[grant];
  return model === null ? absent(grant) : byFlag(grant, flag, model[flag]);
}
export const grantAllows = <N extends GrantName>(scope: ApiScope, grant: N, flag: GrantFlag<N>) =>
  decideFlag(scope, grant, flag).allowed;

// Names in these lists are exact: unlike container or model lists, no `*` patterns.
const exact = (name: string, value: string) => name === value;
function decideListed(scope: ApiScope, grant: "livekit" | "queues" | "agents", field: string, name: string) {
  const model: Record<string, unknown> | null = scope[grant];
  if (model === null) return absent(grant);
  const names = model[field] as readonly string[] | null;
  return decidePattern(grant, field, names, name, exact);
}

export const decideBreakoutRoom = (scope: ApiScope, name: string) =>
  decideListed(scope, "livekit", "breakout_rooms", name);
export const decideSendToQueue = (scope: ApiScope, queue: string) => decideListed(scope, "queues", "send", queue);
export const decideReceiveFromQueue = (scope: ApiScope, queue: string) =>
  decideListed(scope, "queues", "receive", queue);
// Neither SDK checks allowed_toolkits; exact names, like the other name lists.
export const decideToolkit = (scope: ApiScope, toolkit: string) =>
  decideListed(scope, "agents", "allowed_toolkits", toolkit);

export const canJoinBreakoutRoom = (scope: ApiScope, name: string) => decideBreakoutRoom(scope, name).allowed;
export const canSendToQueue = (scope: ApiScope, queue: string) => decideSendToQueue(scope, queue).allowed;
export const canReceiveFromQueue = (scope: ApiScope, queue: string) => decideReceiveFromQueue(scope, queue).allowed;
export const canUseToolkit = (scope: ApiScope, toolkit: string) => decideToolkit(scope, toolkit).allowed;

// The docs make an empty port list mean "all ports", unlike every other list where empty means none.
export function decideTunnelPort(scope: ApiScope, port: number | string): Decision {
  const tunnels = scope.tunnels;
  if (tunnels === null) return absent("tunnels");
  const ports = tunnels.ports;
  if (ports === null || ports.length === 0) return unrestricted("tunnels", "ports", ports);
  const wanted = Number(port);
  const first = findEntry(ports, (entry) => Number(entry) === wanted);
  return first === undefined ? noMatch("tunnels", "ports", ports) : matched(true, "tunnels", "ports", ...first);
}
export const canUseTunnelPort = (scope: ApiScope, port: number | string) => decideTunnelPort(scope, port).allowed;

/** TS SDK 0.39.9 (era B): endpoints may end in `*`; the client id must match exactly. */
export function decideOauthToken(scope: ApiScope, endpoint: string, clientId: string): Decision {
  const secrets = scope.secrets;
  if (secrets === null) return absent("secrets");
  const grants = secrets.request_oauth_token;
  if (grants === null) return unrestricted("secrets", "request_oauth_token");
  const wantedEndpoint = endpoint.trim();
  const wantedClient = clientId.trim();
  const first = findEntry(
    grants,
    (g) => wantedEndpoint !== "" && matchesPattern(g.endpoint, wantedEndpoint) && g.client_id === wantedClient,
  );
  if (first === undefined || wantedClient === "") return noMatch("secrets", "request_oauth_token", grants);
  return matched(true, "secrets", "request_oauth_token", ...first);
}
export const canRequestOauthToken = (scope: ApiScope, endpoint: string, clientId: string) =>
  decideOauthToken(scope, endpoint, clientId).allowed;
