import { grantsSomething } from "./effective.ts";
import { grantOf, isUnrestricted } from "./grant-labels.ts";
import { canWriteSomewhere } from "./path-rules.ts";
import { enabledGrants, presets } from "./presets.ts";
import { type ApiScope, type GrantName, grantNames } from "./schema.ts";

/**
 * How much a scope allows, coarsely, for colouring the grant matrix. Checked from the top:
 * - "admin": the admin grant is present (it can reconfigure the room, whatever else it holds);
 * - "full": every grant of agentDefault({ tunnels: true }) (= full() without admin) is present
 *   and unrestricted, i.e. equivalent to `{}` (tunnel ports [] counts as all ports);
 * - "standard": every grant of userDefault() allows something, narrowed or not, and storage can write
 *   somewhere (no path list, or some entry whose write is not shadowed by an earlier read-only one);
 * - "limited": any other scope with at least one grant that allows something (e.g. read-only storage);
 * - "none": no grant, or only grants that allow nothing (storage or sync with an empty path list, llm
 *   with an empty model list: see effective.ts), so a scope rates as the same scope without them.
 * Monotone: widening a scope (adding a grant, setting a flag, lifting a list, making a path writable,
 * appending a path) never lowers its level, since every condition above only asks for more access.
 */
export type PrivilegeLevel = "none" | "limited" | "standard" | "full" | "admin";

/** The levels from least to most privileged, for sorting and legends. */
export const privilegeLevels: readonly PrivilegeLevel[] = ["none", "limited", "standard", "full", "admin"];

const fullGrants = enabledGrants(presets.agentDefault({ tunnels: true }));
const standardGrants = enabledGrants(presets.userDefault());

const unrestricted = <N extends GrantName>(scope: ApiScope, name: N): boolean => {
  const grant = grantOf(scope, name);
  return grant !== null && isUnrestricted(name, grant);
};

export function privilegeLevel(scope: ApiScope): PrivilegeLevel {
  if (scope.admin !== null) return "admin";
  if (fullGrants.every((name) => unrestricted(scope, name))) return "full";
  const standard = standardGrants.every((name) => grantsSomething(scope, name));
  if (standard && canWriteSomewhere(scope, "storage")) return "standard";
  return grantNames.some((name) => grantsSomething(scope, name)) ? "limited" : "none";
}
