import { describe, expect, it } from "vitest";
import { parseScope, scopesEqual, toCompact, toFull } from "./forms.ts";
import { grantNames } from "./schema.ts";

describe("toCompact", () => {
  it("drops absent grants and writes a fully-default grant as {}", () => {
    expect(toCompact(parseScope({ storage: {}, admin: null }))).toEqual({ storage: {} });
    expect(toCompact(parseScope({}))).toEqual({});
  });

  it("drops default flags and null lists but keeps non-default values", () => {
    const scope = parseScope({
      queues: { list: true, send: null, receive: ["jobs"] },
      messaging: { broadcast: false, send: true },
      sqlite: { databases: [{ name: "db", drop: true, execute: true, namespace: null }] },
    });
    expect(toCompact(scope)).toEqual({
      queues: { receive: ["jobs"] },
      messaging: { broadcast: false },
      sqlite: { databases: [{ name: "db", drop: true }] },
    });
  });

  it("writes a read-write path without read_only, and a read-only one with it", () => {
    const scope = parseScope({
      storage: {
        paths: [
          { path: "/data", read_only: false },
          { path: "/ro", readOnly: true },
        ],
      },
    });
    expect(toCompact(scope)).toEqual({ storage: { paths: [{ path: "/data" }, { path: "/ro", read_only: true }] } });
  });

  it("keeps an empty list, which allows nothing, apart from a null one, which allows everything", () => {
    expect(toCompact(parseScope({ llm: { models: [] } }))).toEqual({ llm: { models: [] } });
    expect(toCompact(parseScope({ dataset: { tables: [{ name: "t", namespace: [] }] } }))).toEqual({
      dataset: { tables: [{ name: "t", namespace: [] }] },
    });
  });

  it("keeps a default registry and default memory permissions, as the SDK writes them", () => {
    const scope = parseScope({ containers: { registry: {} }, memory: { memories: [{ name: "m" }] } });
    expect(toCompact(scope)).toEqual({
      containers: { registry: {} },
      memory: { memories: [{ name: "m", permissions: {} }] },
    });
  });

  it("does not share arrays with the scope it came from", () => {
    const scope = parseScope({ queues: { send: ["a"] } });
    const compact = toCompact(scope) as { queues: { send: string[] } };
    compact.queues.send.push("b");
    expect(scope.queues?.send).toEqual(["a"]);
  });
});

describe("toFull", () => {
  it("writes all 16 grant keys, null where absent", () => {
    const full = toFull(parseScope({ llm: {} }));
    expect(Object.keys(full)).toEqual(grantNames);
    expect(grantNames).toHaveLength(16);
    expect(full.llm).toEqual({ models: null });
    expect(full.storage).toBeNull();
  });

  it("writes every nested default out", () => {
    const full = toFull(parseScope({ queues: {}, storage: { paths: [{ path: "/d" }] }, secrets: {} }));
    expect(full.queues).toEqual({ send: null, receive: null, list: true });
    expect(full.storage).toEqual({ paths: [{ path: "/d", read_only: false }] });
    expect(full.secrets).toEqual({ request_oauth_token: null });
  });

  it("is plain JSON, detached from the scope", () => {
    const scope = parseScope({ queues: { send: ["a"] } });
    const full = toFull(scope);
    expect(JSON.parse(JSON.stringify(full))).toEqual(full);
    expect((full.queues as { send: string[] }).send).not.toBe(scope.queues?.send);
  });
});

describe("scopesEqual", () => {
  it("treats the compact, full, camelCase and alias forms of one scope as equal", () => {
    const compact = parseScope({ dataset: { tables: [{ name: "t", write: true }] }, storage: {} });
    const full = parseScope(toFull(compact));
    const camel = parseScope({ database: { tables: [{ name: "t", write: true }], listTables: true }, storage: {} });
    expect(scopesEqual(compact, full)).toBe(true);
    expect(scopesEqual(compact, camel)).toBe(true);
  });

  it("ignores key order in the input", () => {
    const a = parseScope({ storage: {}, llm: { models: ["x"] } });
    const b = parseScope({ llm: { models: ["x"] }, storage: {} });
    expect(scopesEqual(a, b)).toBe(true);
  });

  it("tells apart a flag, a list order, an absent grant and an empty list", () => {
    const base = parseScope({ storage: { paths: [{ path: "/a" }, { path: "/b" }] } });
    expect(
      scopesEqual(base, parseScope({ storage: { paths: [{ path: "/a", read_only: true }, { path: "/b" }] } })),
    ).toBe(false);
    expect(scopesEqual(base, parseScope({ storage: { paths: [{ path: "/b" }, { path: "/a" }] } }))).toBe(false);
    expect(scopesEqual(base, parseScope({ storage: base.storage, llm: {} }))).toBe(false);
    expect(scopesEqual(parseScope({ llm: {} }), parseScope({ llm: { models: [] } }))).toBe(false);
  });
});
