import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScope } from "./forms.ts";
import { privilegeLevel, privilegeLevels } from "./level.ts";
import { presets } from "./presets.ts";
import { type ApiScope, grantNames, grantSchemas } from "./schema.ts";
import { arbitraryApiScope } from "./testing/arbitrary.ts";

const level = (json: Record<string, unknown>) => privilegeLevel(parseScope(json));

describe("privilegeLevel", () => {
  it("rates the presets none, standard, full and admin", () => {
    expect(privilegeLevel(presets.none())).toBe("none");
    expect(privilegeLevel(presets.userDefault())).toBe("standard");
    expect(privilegeLevel(presets.agentDefault())).toBe("standard");
    expect(privilegeLevel(presets.agentDefault({ tunnels: true }))).toBe("full");
    expect(privilegeLevel(presets.full())).toBe("admin");
  });

  it("rates any scope with admin as admin", () => {
    expect(level({ admin: { config: false } })).toBe("admin");
  });

  it("rates read-only storage alone as limited", () => {
    expect(level({ storage: { paths: [{ path: "/data", read_only: true }] } })).toBe("limited");
  });

  it("rates the user-default grants with storage that can write nowhere as limited", () => {
    expect(privilegeLevel({ ...presets.userDefault(), storage: { paths: [{ path: "/d", read_only: true }] } })).toBe(
      "limited",
    );
  });

  it("rates the user-default grants, narrowed but writing somewhere, as standard", () => {
    const narrowed = parseScope({
      storage: { paths: [{ path: "/d", read_only: true }, { path: "/tmp" }] },
      queues: { send: [] },
    });
    expect(privilegeLevel({ ...presets.userDefault(), storage: narrowed.storage, queues: narrowed.queues })).toBe(
      "standard",
    );
  });

  it("does not rate a narrowed full scope as full", () => {
    const scope = presets.agentDefault({ tunnels: true });
    expect(privilegeLevel({ ...scope, tunnels: { ports: ["80"] } })).toBe("standard");
    expect(privilegeLevel({ ...scope, tunnels: { ports: [] } })).toBe("full");
  });

  // Steps that can only add access: a grant added or reset to `{}`, a flag set, a list lifted to
  // null, storage paths made writable or one appended at the end (it only decides unmatched paths).
  const widenings = (scope: ApiScope, extra: ApiScope): ApiScope[] => {
    const paths = scope.storage?.paths;
    return [
      ...grantNames.map((name): ApiScope => (scope[name] === null ? { ...scope, [name]: extra[name] } : scope)),
      ...grantNames.map((name): ApiScope => ({ ...scope, [name]: grantSchemas[name].parse({}) })),
      scope.storage ? { ...scope, storage: { paths: null } } : scope,
      paths ? { ...scope, storage: { paths: paths.map((p) => ({ ...p, read_only: false })) } } : scope,
      paths ? { ...scope, storage: { paths: [...paths, { path: "/new", read_only: false }] } } : scope,
      scope.tunnels ? { ...scope, tunnels: { ports: null } } : scope,
      scope.messaging ? { ...scope, messaging: { send: true, broadcast: true, list: true } } : scope,
    ];
  };
  const rank = (scope: ApiScope) => privilegeLevels.indexOf(privilegeLevel(scope));

  // Random grants over a random preset (or added to it), so that every level turns up often.
  const anyScope = fc.oneof(
    fc.constant(presets.none()),
    fc
      .tuple(
        arbitraryApiScope,
        fc.constantFrom(presets.none(), presets.userDefault(), presets.agentDefault({ tunnels: true })),
        fc.boolean(),
      )
      .map(
        ([random, preset, keepPreset]): ApiScope => ({
          ...random,
          ...Object.fromEntries(
            grantNames.map((n) => [n, keepPreset ? (preset[n] ?? random[n]) : (random[n] ?? preset[n])]),
          ),
        }),
      ),
  );

  // A check of the generator's reach, not a property: a fixed sample, so a rare draw cannot fail CI.
  it("turns up every level in the property tests' scopes", () => {
    const seen = new Set(fc.sample(anyScope, { numRuns: 400, seed: 20261203 }).map(privilegeLevel));
    expect([...seen].sort()).toEqual([...privilegeLevels].sort());
  });

  it("never lowers the level when a scope is widened (property)", () => {
    fc.assert(
      fc.property(anyScope, arbitraryApiScope, (scope, extra) => {
        for (const wider of widenings(scope, extra)) {
          expect(rank(wider)).toBeGreaterThanOrEqual(rank(scope));
          for (const wider2 of widenings(wider, extra).slice(-5))
            expect(rank(wider2)).toBeGreaterThanOrEqual(rank(wider));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("rates any scope at most as high as the same scope with every grant present and unrestricted", () => {
    fc.assert(
      fc.property(anyScope, (scope) => {
        expect(rank(scope)).toBeLessThanOrEqual(rank(presets.full()));
        const top = Object.fromEntries(grantNames.map((n) => [n, scope[n] === null ? null : {}]));
        expect(rank(scope)).toBeLessThanOrEqual(rank(parseScope(top)));
      }),
      { numRuns: 200 },
    );
  });
});
