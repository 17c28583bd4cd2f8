import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectiveGrants, grantsSomething } from "./effective.ts";
import { parseScope } from "./forms.ts";
import { privilegeLevel } from "./level.ts";
import { modelPatternMatchesSome } from "./model-patterns.ts";
import { presets } from "./presets.ts";
import { type ApiScope, grantNames } from "./schema.ts";
import { arbitraryApiScope } from "./testing/arbitrary.ts";

// The official TS SDK is the reference (spec §7.3); its ESM build is broken, so load the CommonJS one.
const sdk = createRequire(import.meta.url)("@meshagent/meshagent") as typeof import("@meshagent/meshagent");

const requestPath = fc.oneof(fc.constantFrom("/", "/data", "/data/x", "", "*"), fc.string({ maxLength: 12 }));
const name = fc.string({ minLength: 1, maxLength: 8 });

/** The grants that can be present yet allow nothing, emptied. */
const emptied = { storage: { paths: [] }, sync: { paths: [] }, llm: { models: [] } } as const;
type Emptiable = keyof typeof emptied;
const emptiable = Object.keys(emptied) as Emptiable[];

describe("grantsSomething", () => {
  it("is false for storage, sync and llm with an empty list, as the SDK denies every request (property)", () => {
    const { storage, sync, llm } = sdk.ApiScope.fromJSON(emptied);
    const ours = parseScope(emptied);
    for (const kind of emptiable) expect(grantsSomething(ours, kind)).toBe(false);
    fc.assert(
      fc.property(requestPath, name, name, (path, provider, model) => {
        expect([storage?.canRead(path), storage?.canWrite(path), sync?.canRead(path), sync?.canWrite(path)]).toEqual([
          false,
          false,
          false,
          false,
        ]);
        expect([llm?.canUseProvider(provider), llm?.canUseModel(provider, model)]).toEqual([false, false]);
      }),
    );
  });

  it("is true for any other present grant: the SDK lets a listed path be read and a listed model be used (property)", () => {
    fc.assert(
      fc.property(arbitraryApiScope, (scope) => {
        const theirs = sdk.ApiScope.fromJSON(JSON.parse(JSON.stringify(scope)));
        for (const kind of grantNames) {
          const present = scope[kind] !== null;
          const emptyList = (kind === "storage" || kind === "sync" ? scope[kind]?.paths : null)?.length === 0;
          // Models listed, none of which can match a model ("gpt-4o", no provider): the SDK lets no model through.
          const models = kind === "llm" ? scope.llm?.models : null;
          const noModel = models != null && !models.some(modelPatternMatchesSome);
          expect([kind, grantsSomething(scope, kind)]).toEqual([kind, present && !emptyList && !noModel]);
        }
        const firstPath = scope.storage?.paths?.[0]?.path;
        if (firstPath !== undefined) expect(theirs.storage?.canRead(firstPath)).toBe(true);
        // A model entry "provider/…" lets that provider be used (an entry without one may match nothing).
        const [provider, ...model] = scope.llm?.models?.[0]?.split("/") ?? [];
        if (provider && model.length > 0 && provider === provider.trim())
          expect(theirs.llm?.canUseProvider(provider)).toBe(true);
      }),
    );
  });
});

describe("a grant that allows nothing", () => {
  const withEmptied = (scope: ApiScope, kinds: readonly Emptiable[]): ApiScope => ({
    ...scope,
    ...Object.fromEntries(kinds.map((kind) => [kind, parseScope(emptied)[kind]])),
  });
  const without = (scope: ApiScope, kinds: readonly Emptiable[]): ApiScope => ({
    ...scope,
    ...Object.fromEntries(kinds.map((kind) => [kind, null])),
  });

  it("rates llm whose models all lack a provider as no access, as the SDK lets no model through", () => {
    const scope = parseScope({ llm: { models: ["gpt-4o", "claude"] } });
    expect(grantsSomething(scope, "llm")).toBe(false);
    expect(privilegeLevel(scope)).toBe("none");
    expect(new sdk.LLMGrant({ models: ["gpt-4o", "claude"] }).canUseModel("openai", "gpt-4o")).toBe(false);
    expect(grantsSomething(parseScope({ llm: { models: ["gpt-4o", "openai/gpt-4o"] } }), "llm")).toBe(true);
  });

  it("rates storage with no paths alone, or beside other such grants, as no access", () => {
    expect(privilegeLevel(parseScope({ storage: { paths: [] } }))).toBe("none");
    expect(privilegeLevel(parseScope(emptied))).toBe("none");
    expect(privilegeLevel(parseScope({ storage: { paths: [{ path: "/d", read_only: true }] } }))).toBe("limited");
  });

  it("keeps the user default with sync emptied below standard, as without sync", () => {
    const scope = withEmptied(presets.userDefault(), ["sync"]);
    expect(privilegeLevel(scope)).toBe("limited");
    expect(privilegeLevel(without(scope, ["sync"]))).toBe("limited");
  });

  it("rates a scope as the same scope without it, and is left out of its effective grants (property)", () => {
    const anyBase = fc.oneof(
      arbitraryApiScope,
      fc.constantFrom(presets.none(), presets.userDefault(), presets.agentDefault({ tunnels: true })),
    );
    fc.assert(
      fc.property(anyBase, fc.subarray(emptiable, { minLength: 1 }), (base, kinds) => {
        const scope = withEmptied(base, kinds);
        expect(privilegeLevel(scope)).toBe(privilegeLevel(without(scope, kinds)));
        expect(effectiveGrants(scope)).toEqual(effectiveGrants(without(scope, kinds)));
      }),
      { numRuns: 300 },
    );
  });
});
