import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canWriteStoragePath } from "./access-paths.ts";
import { diffScopes, type ScopeChange, widensSensitive } from "./diff.ts";
import { parseScope, scopesEqual } from "./forms.ts";
import { presets } from "./presets.ts";
import { arbitraryApiScope } from "./testing/arbitrary.ts";

const scope = (json: Record<string, unknown>) => parseScope(json);
const words = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  diffScopes(scope(before), scope(after)).map((c) => `${c.kind}: ${c.description}`);
const storage = (...paths: [string, boolean][]) => ({
  storage: { paths: paths.map(([path, read_only]) => ({ path, read_only })) },
});

describe("diffScopes", () => {
  it("finds no change between a scope and itself", () => {
    expect(diffScopes(presets.full(), presets.full())).toEqual([]);
  });

  it("reports added and removed grants", () => {
    expect(words({ llm: {} }, { admin: {} })).toEqual(["removed: llm: removed", "added: admin: added"]);
  });

  it("reports a read-only path that became writable as widened", () => {
    expect(words(storage(["/data", true]), storage(["/data", false]))).toEqual([
      "widened: storage: /data became writable",
    ]);
  });

  it("reports a path's access gained or lost, whatever the order of the list", () => {
    expect(words(storage(["/data", false]), storage(["/data", true], ["/tmp", false]))).toEqual([
      "narrowed: storage: /data became read-only",
      "widened: storage: /tmp became readable and writable",
    ]);
    expect(words(storage(["/a", false], ["/b", true]), storage(["/b", true], ["/a", false]))).toEqual([]);
    expect(words(storage(["/a", true]), storage())).toEqual(["narrowed: storage: /a no longer accessible"]);
  });

  it("sees a writable path that an earlier read-only entry now shadows as narrowed", () => {
    expect(words(storage(["/data/tmp", false]), storage(["/data", true], ["/data/tmp", false]))).toEqual([
      "widened: storage: /data became readable",
      "narrowed: storage: /data/tmp became read-only",
    ]);
  });

  it("reports lifting or imposing a path list", () => {
    expect(words(storage(["/data", true]), { storage: {} })).toEqual([
      "widened: storage: now read and write everywhere",
    ]);
    expect(words({ sync: {} }, { sync: { paths: [{ path: "/docs/*" }] } })).toEqual([
      "narrowed: sync: now only the listed paths",
    ]);
  });

  it("reports list and flag changes field by field", () => {
    expect(words({ queues: { send: ["a"] } }, { queues: { list: false } })).toEqual([
      "widened: queues.send: now unrestricted",
      "narrowed: queues.list: now denied",
    ]);
    expect(words({ llm: { models: ["a/*"] } }, { llm: { models: ["a/*", "b/c"] } })).toEqual([
      "widened: llm.models: added b/c",
    ]);
    expect(words({ llm: { models: ["a/*"] } }, { llm: { models: ["b/c"] } })).toEqual([
      "changed: llm.models: added b/c; removed a/*",
    ]);
    expect(words({ containers: {} }, { containers: { registry: { pull: [] } } })).toEqual([
      "narrowed: containers.registry: now limited",
    ]);
  });

  it("names list entries by what they are about and compares their flags", () => {
    const before = { dataset: { tables: [{ name: "events", namespace: ["team"] }] } };
    const after = { dataset: { tables: [{ name: "events", namespace: ["team"], write: true }, { name: "logs" }] } };
    expect(words(before, after)).toEqual([
      "widened: dataset.tables: added logs",
      "widened: dataset.tables.events in team.write: now allowed",
    ]);
    const memory = (drop: boolean) => ({ memory: { memories: [{ name: "notes", permissions: { drop } }] } });
    expect(words(memory(true), memory(false))).toEqual([
      "narrowed: memory.memories.notes.permissions.drop: now denied",
    ]);
  });

  it("treats an empty tunnel port list as all ports", () => {
    expect(words({ tunnels: {} }, { tunnels: { ports: [] } })).toEqual([]);
    expect(words({ tunnels: { ports: ["80"] } }, { tunnels: { ports: [] } })).toEqual([
      "widened: tunnels.ports: now unrestricted",
    ]);
  });

  it("finds no change exactly when two scopes are equal (property)", () => {
    fc.assert(
      fc.property(arbitraryApiScope, arbitraryApiScope, (a, b) => {
        expect(diffScopes(a, a)).toEqual([]);
        if (scopesEqual(a, b)) expect(diffScopes(a, b)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("reports the reverse change the other way round (property)", () => {
    const reverse: Record<ScopeChange["kind"], ScopeChange["kind"]> = {
      added: "removed",
      removed: "added",
      widened: "narrowed",
      narrowed: "widened",
      changed: "changed",
    };
    const kinds = (changes: ScopeChange[]) => changes.map((c) => `${c.grant}:${c.kind}`).sort();
    fc.assert(
      fc.property(arbitraryApiScope, arbitraryApiScope, (a, b) => {
        const back = diffScopes(b, a).map((c) => ({ ...c, kind: reverse[c.kind] }));
        expect(kinds(back)).toEqual(kinds(diffScopes(a, b)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("widensSensitive", () => {
  it("asks about admin added, and about secrets or tunnels added or widened", () => {
    expect(widensSensitive(presets.none(), scope({ admin: {}, llm: {} }))).toEqual(["admin"]);
    expect(widensSensitive(presets.agentDefault(), presets.full())).toEqual(["admin", "tunnels"]);
    const tunnels = (ports: string[] | null) => scope({ tunnels: { ports } });
    expect(widensSensitive(tunnels(["80"]), tunnels(null))).toEqual(["tunnels"]);
    expect(widensSensitive(tunnels(["80"]), tunnels(["80", "443"]))).toEqual(["tunnels"]);
    expect(widensSensitive(tunnels(null), tunnels(["80"]))).toEqual([]);
    const secrets = (endpoints: string[] | null) =>
      scope({ secrets: { request_oauth_token: endpoints?.map((endpoint) => ({ endpoint, client_id: "c" })) ?? null } });
    expect(widensSensitive(secrets([]), secrets(["https://a"]))).toEqual(["secrets"]);
    expect(widensSensitive(presets.none(), secrets([]))).toEqual(["secrets"]);
  });

  it("asks about storage write gained anywhere, but not about reads", () => {
    expect(widensSensitive(scope(storage(["/data", true])), scope(storage(["/data", false])))).toEqual(["storage"]);
    expect(widensSensitive(scope(storage(["/data", true])), scope({ storage: {} }))).toEqual(["storage"]);
    expect(widensSensitive(presets.none(), scope({ storage: {} }))).toEqual(["storage"]);
    expect(widensSensitive(presets.none(), scope(storage(["/data", true])))).toEqual([]);
    expect(widensSensitive(scope(storage(["/data", true])), scope(storage(["/data", true], ["/tmp", true])))).toEqual(
      [],
    );
  });

  it("does not ask when access only shrinks", () => {
    expect(widensSensitive(presets.full(), presets.userDefault())).toEqual([]);
  });

  it("when it does not flag storage, no path became writable (property)", () => {
    const request = fc.constantFrom("/", "/data", "/data/", "/data/tmp/a", "/datax", "/tmp", "/tmp/x", "/docs/a", "/z");
    fc.assert(
      fc.property(arbitraryApiScope, arbitraryApiScope, request, (a, b, path) => {
        if (!widensSensitive(a, b).includes("storage") && canWriteStoragePath(b, path)) {
          expect(canWriteStoragePath(a, path)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
