import { parseScope } from "./forms.ts";
import { type ApiScope, type GrantName, grantNames } from "./schema.ts";

// Presets as the official TS SDK 0.39.9 builds them (= Python 0.44.11, the last era-B release, less
// sqlite): user_default has secrets and no llm; full has secrets. Newer SDKs differ (spec §7.4).

const withGrants = (names: readonly GrantName[]): ApiScope =>
  parseScope(Object.fromEntries(names.map((name) => [name, {}])));

const userGrants = [
  "livekit",
  "queues",
  "messaging",
  "dataset",
  "memory",
  "sync",
  "storage",
  "containers",
  "developer",
  "agents",
  "secrets",
  "services",
] as const satisfies readonly GrantName[];

export const presets = {
  none: (): ApiScope => withGrants([]),
  userDefault: (): ApiScope => withGrants(userGrants),
  agentDefault: ({ tunnels = false }: { tunnels?: boolean } = {}): ApiScope =>
    withGrants([...userGrants, "llm", ...(tunnels ? (["tunnels"] as const) : [])]),
  full: (): ApiScope => withGrants([...userGrants, "llm", "admin", "tunnels"]),
};

export type PresetName = keyof typeof presets;

/** Every grant name a preset enables, in declaration order. */
export function enabledGrants(scope: ApiScope): GrantName[] {
  return grantNames.filter((name) => scope[name] !== null);
}
