import { absent, blank, byFlag, type Decision, findEntry, matched, noMatch, unrestricted } from "./decision.ts";
import type { ApiScope, GrantName } from "./schema.ts";

// Name-pattern checks of spec §7.3: containers, the container registry and LLM models.

/** Exact match, or a pattern ending in `*` whose prefix starts the value. `*` elsewhere is literal. */
export function matchesPattern(pattern: string, value: string): boolean {
  return value === pattern || (pattern.endsWith("*") && value.startsWith(pattern.slice(0, -1)));
}

/** A null list is unrestricted; an empty list allows nothing. */
export function matchesAnyPattern(patterns: readonly string[] | null, value: string): boolean {
  return patterns === null || patterns.some((pattern) => matchesPattern(pattern, value));
}

/** The first pattern of a list field that matches decides; a null list allows everything. */
export function decidePattern(
  grant: GrantName,
  field: string,
  patterns: readonly string[] | null,
  value: string,
  matches: (pattern: string, value: string) => boolean = matchesPattern,
): Decision {
  if (patterns === null) return unrestricted(grant, field);
  const first = findEntry(patterns, (pattern) => matches(pattern, value));
  return first === undefined ? noMatch(grant, field, patterns) : matched(true, grant, field, first[0], first[1]);
}

export const decideUseContainers = (scope: ApiScope) =>
  scope.containers === null
    ? absent("containers")
    : byFlag("containers", "use_containers", scope.containers.use_containers);
export const decideReadContainerLogs = (scope: ApiScope) =>
  scope.containers === null ? absent("containers") : byFlag("containers", "logs", scope.containers.logs);
export const decidePullContainerImage = (scope: ApiScope, tag: string) =>
  scope.containers === null ? absent("containers") : decidePattern("containers", "pull", scope.containers.pull, tag);
export const decideRunContainerImage = (scope: ApiScope, tag: string) =>
  scope.containers === null ? absent("containers") : decidePattern("containers", "run", scope.containers.run, tag);

export const canUseContainers = (scope: ApiScope) => decideUseContainers(scope).allowed;
export const canReadContainerLogs = (scope: ApiScope) => decideReadContainerLogs(scope).allowed;
export const canPullContainerImage = (scope: ApiScope, tag: string) => decidePullContainerImage(scope, tag).allowed;
export const canRunContainerImage = (scope: ApiScope, tag: string) => decideRunContainerImage(scope, tag).allowed;

type RegistryOp = "list" | "pull" | "run" | "write";

/** A container-registry operation on a repository; a null `registry` allows every repository. */
export function decideRegistryRepository(scope: ApiScope, repository: string, op: RegistryOp): Decision {
  const containers = scope.containers;
  if (containers === null) return absent("containers");
  const registry = containers.registry;
  if (registry === null) return unrestricted("containers", "registry");
  if (op !== "list" || registry.list !== null) {
    return decidePattern("containers", `registry.${op}`, registry[op], repository);
  }
  // Without an explicit `list`, a repository is listable when any other permission reaches it: you
  // can see what you may pull, run or push.
  const others = (["pull", "run", "write"] as const).filter((key) => registry[key] !== null);
  if (others.length === 0) return unrestricted("containers", "registry.list");
  const decisions = others.map((key) => decidePattern("containers", `registry.${key}`, registry[key], repository));
  return decisions.find((d) => d.allowed) ?? noMatch("containers", "registry", registry);
}

export const canUseRegistryRepository = (scope: ApiScope, repository: string, op: RegistryOp) =>
  decideRegistryRepository(scope, repository, op).allowed;

// The SDKs trim names and refuse blank ones even when every model is allowed.
export function decideLlmProvider(scope: ApiScope, provider: string): Decision {
  const name = provider.trim();
  if (scope.llm === null) return absent("llm");
  if (name === "") return blank("llm", "models");
  return decidePattern("llm", "models", scope.llm.models, name, (pattern, p) => pattern.trim().startsWith(`${p}/`));
}

export function decideLlmModel(scope: ApiScope, provider: string, model: string): Decision {
  const p = provider.trim();
  const m = model.trim();
  if (scope.llm === null) return absent("llm");
  if (p === "" || m === "") return blank("llm", "models");
  return decidePattern("llm", "models", scope.llm.models, `${p}/${m}`);
}

export const canUseLlmProvider = (scope: ApiScope, provider: string) => decideLlmProvider(scope, provider).allowed;
export const canUseLlmModel = (scope: ApiScope, provider: string, model: string) =>
  decideLlmModel(scope, provider, model).allowed;
