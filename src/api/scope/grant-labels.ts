import { type ApiScope, type GrantName, type Grants, grantSchemas } from "./schema.ts";

// Words shared by the summaries, labels, warnings and diffs.

export const grantLabels: Record<GrantName, string> = {
  livekit: "LiveKit",
  queues: "Queues",
  messaging: "Messaging",
  dataset: "Dataset",
  sqlite: "SQLite",
  memory: "Memory",
  sync: "Sync",
  storage: "Storage",
  containers: "Containers",
  developer: "Developer",
  agents: "Agents",
  llm: "LLM",
  admin: "Admin",
  secrets: "Secrets",
  tunnels: "Tunnels",
  services: "Services",
};

/** "a", "a and b", "a, b and c" (or "or" for the last join). */
export function joinWords(words: readonly string[], last = "and"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)}`;
}

/** A namespace as words: null is any namespace (nothing to say), [] the root. */
export function namespaceWords(namespace: readonly string[] | null): string {
  if (namespace === null) return "";
  return namespace.length === 0 ? " in the root namespace" : ` in ${namespace.join("/")}`;
}

/** The grant as `{}` gives it: every default, every list unrestricted — the widest it can be. */
export function defaultGrant<N extends GrantName>(name: N): Grants[N] {
  return grantSchemas[name].parse({}) as Grants[N];
}

/**
 * The grant in a form where equal access means equal JSON: tunnels read an empty port list as
 * "all ports" (spec §7.2, the one list where [] is not "none") and ports as numbers.
 */
export function comparableGrant<N extends GrantName>(name: N, grant: Grants[N]): Grants[N] {
  if (name !== "tunnels" || !("ports" in grant) || grant.ports === null) return grant;
  return { ...grant, ports: grant.ports.length === 0 ? null : grant.ports.map((p) => String(Number(p))) };
}

/** The grant allows everything its type can (it is `{}` or equivalent to it). */
export function isUnrestricted<N extends GrantName>(name: N, grant: Grants[N]): boolean {
  // Parsing puts the keys in schema order, so equal grants stringify alike.
  return JSON.stringify(grantSchemas[name].parse(comparableGrant(name, grant))) === JSON.stringify(defaultGrant(name));
}

/** A grant of a scope, typed by its name (TypeScript cannot see through `scope[name]` for a generic name). */
export function grantOf<N extends GrantName>(scope: ApiScope, name: N): Grants[N] | null {
  return scope[name] as Grants[N] | null;
}
