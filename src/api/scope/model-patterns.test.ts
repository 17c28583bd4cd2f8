import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelPatternMatchesSome } from "./model-patterns.ts";

// The official TS SDK is the reference; its ESM build is broken, so load the CommonJS one.
const sdk = createRequire(import.meta.url)("@meshagent/meshagent") as typeof import("@meshagent/meshagent");
const canUse = (pattern: string, provider: string, model: string) =>
  new sdk.LLMGrant({ models: [pattern] }).canUseModel(provider, model);

/** The (provider, model) pairs that could match an entry: split at each "/", and a sample past a star's prefix. */
function candidates(pattern: string): [string, string][] {
  const out: [string, string][] = [["openai", "gpt-4o"]];
  for (let at = pattern.indexOf("/"); at !== -1; at = pattern.indexOf("/", at + 1)) {
    out.push([pattern.slice(0, at), pattern.slice(at + 1)]);
  }
  if (pattern.endsWith("*")) out.push([`${pattern.slice(0, -1)}a`, "b"]);
  return out;
}

const piece = fc.oneof(
  fc.constantFrom("openai", "gpt-4o", " ", "/", "*", "", "a b", "x/"),
  fc.string({ maxLength: 6 }),
);
const pattern = fc.oneof(
  fc.array(piece, { maxLength: 4 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 12 }),
);

describe("modelPatternMatchesSome", () => {
  it("says which entries match some model", () => {
    const matching = ["openai/gpt-4o", "openai/*", "*", "open*", "a/b/c", "*/gpt-4o", "a b/c d"];
    const matchingNone = ["gpt-4o", "openai/", "/gpt-4o", "openai /gpt-4o", " openai/x", "openai/x ", " *", ""];
    expect(matching.filter((p) => !modelPatternMatchesSome(p))).toEqual([]);
    expect(matchingNone.filter(modelPatternMatchesSome)).toEqual([]);
  });

  it("agrees with the SDK's LLMGrant.canUseModel (property)", () => {
    fc.assert(
      fc.property(pattern, (entry) => {
        const matched = candidates(entry).some(([provider, model]) => canUse(entry, provider, model));
        // Where it says yes the SDK lets some model through; where it says no, none of the likely ones.
        expect([entry, matched]).toEqual([entry, modelPatternMatchesSome(entry)]);
      }),
      { numRuns: 2000 },
    );
  });
});
