import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScope } from "#api/scope/forms.ts";
import { privilegeLevel, privilegeLevels } from "#api/scope/level.ts";
import { type PathAccess, pathAccess, pathProbes } from "#api/scope/path-rules.ts";
import { type ApiScope, grantNames } from "#api/scope/schema.ts";
import { arbitraryApiScope } from "#api/scope/testing/arbitrary.ts";
import { compareScopes } from "./classify-change.ts";

const kind = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  compareScopes(parseScope(before), parseScope(after))?.kind ?? "same";

// A pair of scopes that share most grants: b is a with a few grant types taken from another scope or removed.
const nearbyPair = fc
  .tuple(
    arbitraryApiScope,
    arbitraryApiScope,
    fc.subarray([...grantNames], { minLength: 1, maxLength: 2 }),
    fc.boolean(),
  )
  .map(([a, other, names, remove]) => {
    const b: ApiScope = structuredClone(a);
    for (const name of names) Object.assign(b, { [name]: remove ? null : structuredClone(other[name]) });
    return [a, b] as const;
  });

const rank = (scope: ApiScope) => privilegeLevels.indexOf(privilegeLevel(scope));
const access: Record<PathAccess, number> = { none: 0, read: 1, write: 2 };

// Every storage request whose answer can differ between the two scopes (diff.ts's probes), plus the root.
const storageAccess = (a: ApiScope, b: ApiScope) =>
  [...pathProbes("storage", a.storage?.paths, b.storage?.paths).map((p) => p.request), "/", "/elsewhere"].map(
    (request) => [access[pathAccess(a, "storage", request)], access[pathAccess(b, "storage", request)]] as const,
  );

describe("compareScopes", () => {
  it("classifies the plain cases", () => {
    expect(kind({ storage: {} }, { storage: {} })).toBe("same");
    expect(kind({ storage: { paths: [{ path: "/data" }] } }, { storage: {} })).toBe("widened");
    expect(kind({ storage: {} }, { storage: { paths: [{ path: "/data", read_only: true }] } })).toBe("narrowed");
    expect(kind({ llm: {} }, { llm: {}, admin: {} })).toBe("widened");
    expect(kind({ llm: {}, admin: {} }, { admin: {} })).toBe("narrowed");
    expect(kind({ llm: {} }, { admin: {} })).toBe("changed");
    expect(kind({ llm: { models: ["a"] } }, { llm: { models: ["b"] } })).toBe("changed");
  });

  it("calls the same access written differently a change", () => {
    const shadowed = { storage: { paths: [{ path: "/data" }, { path: "/data/x" }] } };
    expect(compareScopes(parseScope(shadowed), parseScope({ storage: { paths: [{ path: "/data" }] } }))).toEqual({
      kind: "changed",
      words: ["the same access, written differently"],
    });
  });

  it("finds no change between a scope and itself", () => {
    fc.assert(fc.property(arbitraryApiScope, (scope) => compareScopes(scope, structuredClone(scope)) === null));
  });

  it("is symmetric: a→b widened exactly when b→a narrowed; changed both ways or neither", () => {
    fc.assert(
      fc.property(nearbyPair, ([a, b]) => {
        const mirror = { widened: "narrowed", narrowed: "widened", changed: "changed", same: "same" } as const;
        expect(compareScopes(b, a)?.kind ?? "same").toBe(mirror[compareScopes(a, b)?.kind ?? "same"]);
      }),
      { numRuns: 200 },
    );
  });

  it("the pairs reach every kind", () => {
    const kinds = new Set(fc.sample(nearbyPair, { numRuns: 400, seed: 12 }).map(([a, b]) => compareScopes(a, b)?.kind));
    expect([...kinds].sort()).toEqual(["changed", "narrowed", "widened", undefined].sort());
  });

  it("widened never lowers the privilege level nor any storage path's access; narrowed never raises them", () => {
    fc.assert(
      fc.property(nearbyPair, ([a, b]) => {
        const result = compareScopes(a, b)?.kind;
        if (result === "widened") {
          expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
          for (const [from, to] of storageAccess(a, b)) expect(to).toBeGreaterThanOrEqual(from);
        }
        if (result === "narrowed") {
          expect(rank(b)).toBeLessThanOrEqual(rank(a));
          for (const [from, to] of storageAccess(a, b)) expect(to).toBeLessThanOrEqual(from);
        }
      }),
      { numRuns: 200 },
    );
  });
});
