import type { ApiScope, ContainerRegistryGrant } from "./schema.ts";

// Name-pattern checks of spec §7.3: containers, the container registry and LLM models.

/** Exact match, or a pattern ending in `*` whose prefix starts the value. `*` elsewhere is literal. */
export function matchesPattern(pattern: string, value: string): boolean {
  return value === pattern || (pattern.endsWith("*") && value.startsWith(pattern.slice(0, -1)));
}

/** A null list is unrestricted; an empty list allows nothing. */
export function matchesAnyPattern(patterns: readonly string[] | null, value: string): boolean {
  return patterns === null || patterns.some((pattern) => matchesPattern(pattern, value));
}

export function canUseContainers(scope: ApiScope): boolean {
  return scope.containers?.use_containers === true;
}

export function canReadContainerLogs(scope: ApiScope): boolean {
  return scope.containers?.logs === true;
}

export function canPullContainerImage(scope: ApiScope, tag: string): boolean {
  return scope.containers !== null && matchesAnyPattern(scope.containers.pull, tag);
}

export function canRunContainerImage(scope: ApiScope, tag: string): boolean {
  return scope.containers !== null && matchesAnyPattern(scope.containers.run, tag);
}

type RegistryOp = "list" | "pull" | "run" | "write";

// Without an explicit `list`, a repository is listable when any other permission reaches it: you
// can see what you may pull, run or push.
function registryCanList(registry: ContainerRegistryGrant, repository: string): boolean {
  if (registry.list !== null) return matchesAnyPattern(registry.list, repository);
  const others = [registry.pull, registry.run, registry.write].filter((list) => list !== null);
  return others.length === 0 || others.some((list) => matchesAnyPattern(list, repository));
}

/** A container-registry operation on a repository; a null `registry` allows every repository. */
export function canUseRegistryRepository(scope: ApiScope, repository: string, op: RegistryOp): boolean {
  const containers = scope.containers;
  if (containers === null) return false;
  const registry = containers.registry;
  if (registry === null) return true;
  return op === "list" ? registryCanList(registry, repository) : matchesAnyPattern(registry[op], repository);
}

// The SDKs trim names and refuse blank ones even when every model is allowed.
export function canUseLlmProvider(scope: ApiScope, provider: string): boolean {
  const name = provider.trim();
  if (scope.llm === null || name === "") return false;
  const models = scope.llm.models;
  return models === null || models.some((pattern) => pattern.trim().startsWith(`${name}/`));
}

export function canUseLlmModel(scope: ApiScope, provider: string, model: string): boolean {
  const p = provider.trim();
  const m = model.trim();
  if (scope.llm === null || p === "" || m === "") return false;
  return matchesAnyPattern(scope.llm.models, `${p}/${m}`);
}
