import { widensSensitive } from "./diff.ts";
import { presets } from "./presets.ts";
import type { ApiScope, GrantName } from "./schema.ts";

// Sensitive access, in words, for the consent asked before a grant gains it.

const sensitiveWords: Partial<Record<GrantName, string>> = {
  admin: "admin (room configuration)",
  secrets: "secrets (OAuth tokens)",
  tunnels: "tunnels (network access)",
  storage: "write access to storage",
};

/** "admin (room configuration), write access to storage" */
export function describeSensitive(grants: readonly GrantName[]): string {
  return grants.map((grant) => sensitiveWords[grant] ?? grant).join(", ");
}

/** The sensitive grants any of these new scopes gives (each compared with no access), in a stable order. */
export function sensitiveInNewScopes(scopes: readonly ApiScope[]): GrantName[] {
  const none = presets.none();
  const found = new Set(scopes.flatMap((scope) => widensSensitive(none, scope)));
  return (["admin", "secrets", "tunnels", "storage"] as const).filter((grant) => found.has(grant));
}
