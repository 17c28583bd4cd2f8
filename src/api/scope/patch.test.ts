import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScope, toCompact } from "./forms.ts";
import { applyPatch, type ScopePatch } from "./patch.ts";
import { patchableFields } from "./patch-fields.ts";
import { rebasePatch } from "./patch-rebase.ts";
import { presets } from "./presets.ts";
import { type ApiScope, type GrantName, grantNames } from "./schema.ts";
import { arbitraryApiScope, arbitraryGrant } from "./testing/arbitrary.ts";

const pathKind = fc.constantFrom("storage" as const, "sync" as const);
const path = fc.constantFrom("/", "/data", "/data/", "/data/tmp", "/shared", "/docs/*", "/tmp/x");
const grantName = fc.constantFrom(...grantNames);
const settable = grantNames.flatMap((grant) => patchableFields(grant).map((f) => ({ grant, ...f })));

const patchArb: fc.Arbitrary<ScopePatch> = fc.oneof(
  fc.record({ kind: fc.constant("add-path" as const), grant: pathKind, path, readOnly: fc.boolean() }),
  fc.record({ kind: fc.constant("remove-path" as const), grant: pathKind, path }),
  grantName.chain((grant) =>
    fc.record({
      kind: fc.constant("enable" as const),
      grant: fc.constant(grant),
      value: fc.option(arbitraryGrant(grant), { nil: undefined }),
    }),
  ),
  fc.record({ kind: fc.constant("disable" as const), grant: grantName }),
  fc.constantFrom(...settable).chain(({ grant, field, kind }) =>
    fc.record({
      kind: fc.constant("set-field" as const),
      grant: fc.constant(grant),
      field: fc.constant(field),
      value:
        kind === "flag"
          ? fc.boolean()
          : fc.option(fc.uniqueArray(fc.constantFrom("a", "b", "gpt"), { maxLength: 2 }), { nil: null }),
    }),
  ),
  fc.record({ kind: fc.constant("replace" as const), scope: fc.option(arbitraryApiScope, { nil: null }) }),
);

const patchedGrant = (patch: ScopePatch): GrantName | null => (patch.kind === "replace" ? null : patch.grant);
const without = (value: unknown, key: string) => {
  if (value === null || typeof value !== "object") return value;
  const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
  return rest;
};
const pathsWithout = (scope: ApiScope | null, kind: "storage" | "sync", p: string) =>
  scope?.[kind]?.paths?.filter((entry) => entry.path !== p) ?? null;

/** What the patch promises about the one thing it changes. */
function expectOnlyThatChanged(patch: ScopePatch, before: ApiScope | null, after: ApiScope | null) {
  switch (patch.kind) {
    case "add-path": {
      expect(after?.[patch.grant]?.paths?.find((e) => e.path === patch.path)).toEqual({
        path: patch.path,
        read_only: patch.readOnly,
      });
      expect(pathsWithout(after, patch.grant, patch.path)).toEqual(pathsWithout(before, patch.grant, patch.path) ?? []);
      break;
    }
    case "remove-path":
      expect(after?.[patch.grant]?.paths).toEqual(pathsWithout(before, patch.grant, patch.path));
      break;
    case "enable":
      expect(before?.[patch.grant] ?? null).toBeNull();
      expect(after?.[patch.grant]).not.toBeNull();
      break;
    case "disable":
      expect(after?.[patch.grant]).toBeNull();
      break;
    case "set-field":
      expect((after?.[patch.grant] as Record<string, unknown> | undefined)?.[patch.field]).toEqual(patch.value);
      expect(without(after?.[patch.grant], patch.field)).toEqual(without(before?.[patch.grant], patch.field));
      break;
    case "replace":
      expect(after).toEqual(patch.scope);
  }
}

describe("scope patches", () => {
  it("a patch applied then read back equals the original with only that field changed", () => {
    fc.assert(
      fc.property(fc.option(arbitraryApiScope, { nil: null }), patchArb, (before, patch) => {
        const result = applyPatch(patch, before);
        if (result.status === "unchanged") return;
        const after = result.scope;
        // Read back: through the compact wire form the client sends and the server stores.
        const readBack = after === null ? null : parseScope(JSON.parse(JSON.stringify(toCompact(after))));
        expect(readBack).toEqual(after);
        const touched = patchedGrant(patch);
        if (touched !== null) {
          for (const name of grantNames.filter((n) => n !== touched)) {
            expect(readBack?.[name] ?? null).toEqual(before?.[name] ?? null);
          }
        }
        expectOnlyThatChanged(patch, before, readBack);
      }),
    );
  });

  it("applying a patch twice changes nothing the second time", () => {
    fc.assert(
      fc.property(fc.option(arbitraryApiScope, { nil: null }), patchArb, (before, patch) => {
        const once = applyPatch(patch, before);
        if (once.status === "changed") expect(applyPatch(patch, once.scope).status).toBe("unchanged");
      }),
    );
  });

  it("a patch rebased onto an unchanged grant does what applying it does", () => {
    fc.assert(
      fc.property(fc.option(arbitraryApiScope, { nil: null }), patchArb, (base, patch) => {
        expect(rebasePatch(patch, base, base)).toEqual(applyPatch(patch, base));
      }),
    );
  });

  it("another admin's edit of a different grant survives the patch", () => {
    fc.assert(
      fc.property(arbitraryApiScope, patchArb, grantName, (base, patch, other) => {
        fc.pre(patch.kind !== "replace" && patch.grant !== other);
        const now = { ...base, [other]: base[other] === null ? presets.full()[other] : null };
        fc.pre(JSON.stringify(now) !== JSON.stringify(base));
        const result = rebasePatch(patch, base, now);
        expect(result.status).not.toBe("conflict");
        if (result.status === "changed") expect(result.scope?.[other] ?? null).toEqual(now[other]);
      }),
    );
  });

  it("a grant changed since loading in the very field the patch changes is a conflict, not written", () => {
    const base = parseScope({ storage: { paths: [{ path: "/shared", read_only: false }] } });
    const now = parseScope({ storage: { paths: [{ path: "/shared", read_only: false }, { path: "/x" }] } });
    const patch: ScopePatch = { kind: "disable", grant: "storage" };
    expect(rebasePatch(patch, base, now)).toEqual({
      status: "conflict",
      reason: "the storage grant was changed by someone else since the page loaded",
    });
    const revoke: ScopePatch = { kind: "replace", scope: null };
    expect(rebasePatch(revoke, base, now).status).toBe("conflict");
    // A different entry of the same list is not the field this patch changes.
    const addReadOnly: ScopePatch = { kind: "add-path", grant: "storage", path: "/docs", readOnly: true };
    expect(rebasePatch(addReadOnly, base, now)).toEqual({
      status: "changed",
      scope: parseScope({
        storage: { paths: [{ path: "/shared" }, { path: "/x" }, { path: "/docs", read_only: true }] },
      }),
    });
  });

  it("a grant already changed the way the patch wants is left alone, whoever changed it", () => {
    const base = parseScope({ tunnels: {} });
    const now = parseScope({});
    expect(rebasePatch({ kind: "disable", grant: "tunnels" }, base, now)).toEqual({
      status: "unchanged",
      reason: "tunnels is already off",
    });
  });

  it("a path added read-only goes before the broader entry that would otherwise decide it", () => {
    const scope = parseScope({ storage: { paths: [{ path: "/data/tmp" }, { path: "/data" }] } });
    const result = applyPatch({ kind: "add-path", grant: "storage", path: "/data/x", readOnly: true }, scope);
    expect(result.status === "changed" && result.scope?.storage?.paths?.map((p) => p.path)).toEqual([
      "/data/tmp",
      "/data/x",
      "/data",
    ]);
  });
});
