import { describe, expect, it } from "vitest";
import {
  canPullContainerImage,
  canReadContainerLogs,
  canRunContainerImage,
  canUseContainers,
  canUseLlmModel,
  canUseLlmProvider,
  canUseRegistryRepository,
  matchesAnyPattern,
  matchesPattern,
} from "./access-patterns.ts";
import { parseScope } from "./forms.ts";

const containers = (grant: object) => parseScope({ containers: grant });
const registry = (grant: object) => containers({ registry: grant });
const llm = (models?: string[]) => parseScope({ llm: { models } });

describe("matchesPattern", () => {
  it("matches equal strings", () => {
    expect(matchesPattern("redis:7", "redis:7")).toBe(true);
    expect(matchesPattern("redis:7", "redis:72")).toBe(false);
  });

  it("a trailing `*` matches any value with that prefix, including the bare prefix", () => {
    expect(matchesPattern("redis:*", "redis:7")).toBe(true);
    expect(matchesPattern("redis:*", "redis:")).toBe(true);
    expect(matchesPattern("redis:*", "redis")).toBe(false);
    expect(matchesPattern("*", "")).toBe(true);
  });

  it("`*` only matches as a trailing prefix", () => {
    expect(matchesPattern("*/redis", "docker.io/redis")).toBe(false);
    expect(matchesPattern("a*b", "axxb")).toBe(false);
    expect(matchesPattern("a*b", "a*b")).toBe(true);
  });

  it("a null list allows everything and an empty one nothing", () => {
    expect(matchesAnyPattern(null, "x")).toBe(true);
    expect(matchesAnyPattern([], "x")).toBe(false);
    expect(matchesAnyPattern(["y", "x*"], "xz")).toBe(true);
  });
});

describe("containers", () => {
  it("an absent containers grant denies pull, run, registry access, logs and use", () => {
    const scope = parseScope({ storage: {} });
    expect(canPullContainerImage(scope, "redis")).toBe(false);
    expect(canRunContainerImage(scope, "redis")).toBe(false);
    expect(canUseRegistryRepository(scope, "r", "list")).toBe(false);
    expect(canReadContainerLogs(scope)).toBe(false);
    expect(canUseContainers(scope)).toBe(false);
  });

  it("null pull and run lists allow every image", () => {
    expect(canPullContainerImage(containers({}), "anything:latest")).toBe(true);
    expect(canRunContainerImage(containers({}), "anything:latest")).toBe(true);
  });

  it("pull and run are checked against their own lists", () => {
    const scope = containers({ pull: ["redis:*"], run: ["redis:7"] });
    expect(canPullContainerImage(scope, "redis:8")).toBe(true);
    expect(canRunContainerImage(scope, "redis:8")).toBe(false);
    expect(canRunContainerImage(scope, "redis:7")).toBe(true);
  });

  it("logs and use_containers are flags that default to true", () => {
    expect(canReadContainerLogs(containers({}))).toBe(true);
    expect(canUseContainers(containers({}))).toBe(true);
    expect(canReadContainerLogs(containers({ logs: false }))).toBe(false);
    expect(canUseContainers(containers({ use_containers: false }))).toBe(false);
  });
});

describe("container registry", () => {
  it("a null registry allows every repository for every operation", () => {
    for (const op of ["list", "pull", "run", "write"] as const) {
      expect(canUseRegistryRepository(containers({}), "team/app", op)).toBe(true);
    }
  });

  it("an empty registry grant allows everything", () => {
    for (const op of ["list", "pull", "run", "write"] as const) {
      expect(canUseRegistryRepository(registry({}), "team/app", op)).toBe(true);
    }
  });

  it("pull, run and write each follow their own pattern list", () => {
    const scope = registry({ pull: ["team/*"], write: ["team/app"] });
    expect(canUseRegistryRepository(scope, "team/lib", "pull")).toBe(true);
    expect(canUseRegistryRepository(scope, "team/lib", "write")).toBe(false);
    expect(canUseRegistryRepository(scope, "team/app", "write")).toBe(true);
    expect(canUseRegistryRepository(scope, "other/x", "run")).toBe(true);
  });

  it("an explicit list decides listing on its own", () => {
    const scope = registry({ list: ["public/*"], pull: ["team/*"] });
    expect(canUseRegistryRepository(scope, "public/x", "list")).toBe(true);
    expect(canUseRegistryRepository(scope, "team/x", "list")).toBe(false);
  });

  it("an empty list hides every repository even when others could be pulled", () => {
    expect(canUseRegistryRepository(registry({ list: [], pull: ["a"] }), "a", "list")).toBe(false);
  });

  it("without a list, a repository is listable when pull, run or write reaches it", () => {
    const scope = registry({ pull: ["pulled"], run: ["ran/*"], write: null });
    expect(canUseRegistryRepository(scope, "pulled", "list")).toBe(true);
    expect(canUseRegistryRepository(scope, "ran/x", "list")).toBe(true);
    expect(canUseRegistryRepository(scope, "elsewhere", "list")).toBe(false);
  });

  it("without a list, empty pull/run/write lists make nothing listable", () => {
    expect(canUseRegistryRepository(registry({ write: [] }), "a", "list")).toBe(false);
  });
});

describe("llm", () => {
  it("an absent llm grant denies every provider and model", () => {
    const scope = parseScope({ storage: {} });
    expect(canUseLlmProvider(scope, "openai")).toBe(false);
    expect(canUseLlmModel(scope, "openai", "gpt-5")).toBe(false);
  });

  it("a null model list allows every provider and model", () => {
    expect(canUseLlmProvider(llm(), "openai")).toBe(true);
    expect(canUseLlmModel(llm(), "anthropic", "claude")).toBe(true);
  });

  it("a blank provider or model is refused even when everything is allowed", () => {
    expect(canUseLlmProvider(llm(), "  ")).toBe(false);
    expect(canUseLlmModel(llm(), "openai", "")).toBe(false);
    expect(canUseLlmModel(llm(), " ", "gpt")).toBe(false);
  });

  it("a provider is usable when any model entry starts with `provider/`", () => {
    const scope = llm(["openai/gpt-5", " anthropic/*"]);
    expect(canUseLlmProvider(scope, "openai")).toBe(true);
    expect(canUseLlmProvider(scope, "anthropic")).toBe(true);
    expect(canUseLlmProvider(scope, "open")).toBe(false);
  });

  it("models match `provider/model` exactly or by trailing `*`", () => {
    const scope = llm(["openai/gpt-5", "anthropic/claude-*"]);
    expect(canUseLlmModel(scope, "openai", "gpt-5")).toBe(true);
    expect(canUseLlmModel(scope, "openai", "gpt-5-mini")).toBe(false);
    expect(canUseLlmModel(scope, " anthropic ", "claude-opus ")).toBe(true);
    expect(canUseLlmModel(scope, "anthropic", "haiku")).toBe(false);
  });
});
