// The words an OAuth client is made of. Meshagent's scope list is the newest its CLI asks for
// (../shared/meshagent-api.md §2.5, `a|b` written out); `profile` is from the older list.

const expand = (spec: string) =>
  spec.split(" ").flatMap((word) => {
    const [head = "", alternatives] = word.split(/:(?=[^:]*\|)/);
    return alternatives ? alternatives.split("|").map((tail) => `${head}:${tail}`) : [word];
  });

export const meshagentScopes: readonly string[] = expand(
  "profile:read profile:write project/* room/* users:create|read|update|delete projects:read projects:update " +
    "projects:iam.read projects:iam.write projects:billing.read projects:billing.write " +
    "rooms:create|read|connect|update|delete agents:create|read|update|delete|run agents:sessions.read mailboxes:* " +
    "routes:* scheduledTasks:* services:* repositories:* apiKeys:create|read|delete serviceAccounts:* oauthClients:* " +
    "llm:invoke llm:usage.read llm:logs.read llm:logs.write secrets:read|write|delete|grant|proxy profile",
);

/** Grant types offered as a checklist; a client's other values are kept and shown beside them. */
export const knownGrantTypes: readonly string[] = [
  "authorization_code",
  "refresh_token",
  "client_credentials",
  "urn:ietf:params:oauth:grant-type:device_code",
  "urn:ietf:params:oauth:grant-type:token-exchange",
];

export const knownResponseTypes: readonly string[] = ["code", "token", "id_token"];

/** RFC 6749 §3.3: a scope token is printable ASCII without space, `"` or `\`. */
const scopeTokenPattern = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** The tokens of a space-separated scope, as the user typed them (empty strings dropped). */
export const scopeTokens = (scope: string): string[] => scope.split(/\s+/).filter((token) => token !== "");

/** Why a scope string cannot be sent, or `null`: each token valid, none twice. */
export function scopeProblem(scope: string): string | null {
  const tokens = scopeTokens(scope);
  const bad = tokens.find((token) => !scopeTokenPattern.test(token));
  if (bad !== undefined)
    return `“${bad.slice(0, 40)}” is not a scope token (printable ASCII, no quotes or backslashes)`;
  const twice = tokens.find((token, index) => tokens.indexOf(token) !== index);
  if (twice !== undefined) return `“${twice.slice(0, 40)}” is listed twice`;
  return null;
}
