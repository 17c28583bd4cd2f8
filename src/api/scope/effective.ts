import { modelPatternMatchesSome } from "./model-patterns.ts";
import { canReadSomewhere } from "./path-rules.ts";
import { type ApiScope, type GrantName, grantNames } from "./schema.ts";

/**
 * The grant is present and allows something. A present grant does, unless the one list that bounds
 * everything it does is empty: storage or sync with no paths (no request path matches an entry, so the
 * SDK's `canRead`/`canWrite` deny every path, spec §7.3) or llm whose models list no entry that can match
 * a model (empty, or only entries such as "gpt-4o" with no provider). An empty tunnel port list is the exception the other way: it allows every port (§7.2).
 */
export function grantsSomething(scope: ApiScope, name: GrantName): boolean {
  if (name === "storage" || name === "sync") return canReadSomewhere(scope, name);
  if (name === "llm") {
    const models = scope.llm?.models;
    return scope.llm !== null && (models == null || models.some(modelPatternMatchesSome));
  }
  return scope[name] !== null;
}

/** The grants of the scope that allow something, in declaration order. */
export const effectiveGrants = (scope: ApiScope): GrantName[] =>
  grantNames.filter((name) => grantsSomething(scope, name));
