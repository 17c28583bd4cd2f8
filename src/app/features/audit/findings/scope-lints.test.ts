import { describe, expect, it } from "vitest";
import { canWriteStoragePath } from "#api/scope/access-paths.ts";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { fixLint, lintsOf } from "./scope-lints.ts";

const compact = (json: unknown) => toCompact(parseScope(json));

describe("lintsOf", () => {
  it("flags tunnels on every port, storage everywhere and shadowed paths, and nothing in a tidy scope", () => {
    expect(lintsOf(parseScope({ tunnels: {} }))).toEqual(["every-tunnel-port"]);
    expect(lintsOf(parseScope({ tunnels: { ports: [] } }))).toEqual(["every-tunnel-port"]);
    expect(lintsOf(parseScope({ storage: {} }))).toEqual(["storage-everywhere"]);
    const shadowed = { storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }] } };
    expect(lintsOf(parseScope(shadowed))).toEqual(["shadowed-path"]);
    expect(lintsOf(parseScope({ tunnels: { ports: [8080] }, storage: { paths: [{ path: "/a" }] } }))).toEqual([]);
  });

  it("does not call an empty storage path list 'everywhere'", () => {
    expect(lintsOf(parseScope({ storage: { paths: [] } }))).toEqual([]);
  });
});

describe("fixLint", () => {
  it("turns tunnels off and keeps the rest", () => {
    expect(compact(fixLint("every-tunnel-port", parseScope({ tunnels: {}, messaging: {} })))).toEqual({
      messaging: {},
    });
  });

  it("makes unrestricted storage read-only everywhere", () => {
    const fixed = fixLint("storage-everywhere", parseScope({ storage: {}, llm: {} }));
    expect(compact(fixed)).toEqual({ storage: { paths: [{ path: "/", read_only: true }] }, llm: {} });
    expect(canWriteStoragePath(fixed, "/data/x")).toBe(false);
    expect(lintsOf(fixed)).toEqual([]);
  });

  it("removes only the shadowed entries, so no decision changes", () => {
    const before = parseScope({
      storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }, { path: "/tmp" }] },
      sync: { paths: [{ path: "docs/*" }, { path: "docs/a", read_only: true }] },
    });
    const after = fixLint("shadowed-path", before);
    expect(compact(after)).toEqual({
      storage: { paths: [{ path: "/data", read_only: true }, { path: "/tmp" }] },
      sync: { paths: [{ path: "docs/*" }] },
    });
    for (const path of ["/data", "/data/x", "/tmp/y", "/other"])
      expect(canWriteStoragePath(after, path)).toBe(canWriteStoragePath(before, path));
    expect(lintsOf(after)).toEqual([]);
  });
});
