import { describe, expect, it } from "vitest";
import { apiScopeSchema, grantNames } from "./schema.ts";

const parse = (json: unknown) => apiScopeSchema.parse(json);
const issuePaths = (json: unknown) => {
  const result = apiScopeSchema.safeParse(json);
  if (result.success) throw new Error(`expected ${JSON.stringify(json)} to be rejected`);
  return result.error.issues.map((issue) => issue.path);
};

describe("accepted forms", () => {
  it("reads the compact form, with every grant key present and null where absent", () => {
    const scope = parse({ storage: { paths: [{ path: "/data" }] }, llm: {} });
    expect(Object.keys(scope)).toEqual(grantNames);
    expect(scope.storage).toEqual({ paths: [{ path: "/data", read_only: false }] });
    expect(scope.llm).toEqual({ models: null });
    expect(scope.admin).toBeNull();
    expect(scope.sqlite).toBeNull();
  });

  it("reads a missing grant key and a null one the same way", () => {
    expect(parse({ storage: null, livekit: {} })).toEqual(parse({ livekit: {} }));
    expect(parse({})).toEqual(parse(Object.fromEntries(grantNames.map((name) => [name, null]))));
  });

  it("reads the Python full form with explicit nulls (0.44.11, era-B secrets)", () => {
    const full = {
      livekit: { breakout_rooms: null },
      queues: { send: null, receive: null, list: true },
      messaging: { broadcast: true, list: true, send: false },
      dataset: { tables: null, list_tables: true },
      memory: { list: true, memories: null },
      sync: { paths: null },
      storage: { paths: [{ path: "/data", read_only: true }] },
      containers: { logs: true, pull: null, run: null, registry: null, use_containers: true },
      developer: null,
      agents: null,
      llm: { models: null },
      admin: null,
      secrets: { request_oauth_token: null },
      tunnels: { ports: null },
      services: { list: true },
    };
    const scope = parse(full);
    expect(scope.messaging).toEqual({ broadcast: true, list: true, send: false });
    expect(scope.secrets).toEqual({ request_oauth_token: null });
    expect(scope.storage?.paths).toEqual([{ path: "/data", read_only: true }]);
    expect(scope.containers?.registry).toBeNull();
    expect(scope.developer).toBeNull();
  });

  it("reads era-C empty secrets and era-B secrets with endpoints", () => {
    expect(parse({ secrets: {} }).secrets).toEqual({ request_oauth_token: null });
    const era = parse({ secrets: { request_oauth_token: [{ endpoint: "https://a/*", client_id: "c" }] } });
    expect(era.secrets?.request_oauth_token).toEqual([{ endpoint: "https://a/*", client_id: "c" }]);
  });

  it("reads camelCase nested keys as their snake_case fields", () => {
    const scope = parse({
      livekit: { breakoutRooms: ["side"] },
      dataset: { listTables: false },
      storage: { paths: [{ path: "/ro", readOnly: true }] },
      containers: { useContainers: false },
      agents: { registerAgent: false, allowedToolkits: ["web"] },
      secrets: { requestOauthToken: [{ endpoint: "https://a", clientId: "c" }] },
    });
    expect(scope.livekit?.breakout_rooms).toEqual(["side"]);
    expect(scope.dataset?.list_tables).toBe(false);
    expect(scope.storage?.paths?.[0]?.read_only).toBe(true);
    expect(scope.containers?.use_containers).toBe(false);
    expect(scope.agents).toMatchObject({ register_agent: false, allowed_toolkits: ["web"] });
    expect(scope.secrets?.request_oauth_token).toEqual([{ endpoint: "https://a", client_id: "c" }]);
  });

  it("prefers a snake_case key over its camelCase twin", () => {
    expect(parse({ dataset: { list_tables: true, listTables: false } }).dataset?.list_tables).toBe(true);
  });

  it("reads `database` and `datasets` as `dataset`, and `dataset` wins over both", () => {
    const tables = [{ name: "t" }];
    expect(parse({ database: { tables } }).dataset?.tables?.[0]?.name).toBe("t");
    expect(parse({ datasets: { list_tables: false } }).dataset?.list_tables).toBe(false);
    expect(parse({ dataset: {}, database: { tables } }).dataset?.tables).toBeNull();
    expect(parse({ database: {} })).not.toHaveProperty("database");
  });

  it("ignores unknown keys at the top level and inside grants", () => {
    const scope = parse({
      future_grant: {},
      storage: { paths: null, quota: 5 },
      queues: { list: false, pattern: "*" },
    });
    expect(scope).not.toHaveProperty("future_grant");
    expect(scope.storage).toEqual({ paths: null });
    expect(scope.queues).toEqual({ send: null, receive: null, list: false });
  });
});

describe("defaults", () => {
  it("fills every flag and list of an empty grant", () => {
    const scope = parse(Object.fromEntries(grantNames.map((name) => [name, {}])));
    expect(scope.queues).toEqual({ send: null, receive: null, list: true });
    expect(scope.containers).toEqual({ logs: true, pull: null, run: null, registry: null, use_containers: true });
    expect(scope.sqlite).toEqual({ databases: null, create_database: true, list_databases: true });
    expect(scope.agents?.allowed_toolkits).toBeNull();
  });

  it("fills nested defaults: table read-only, memory permissions all true, sqlite drop false", () => {
    const scope = parse({
      dataset: { tables: [{ name: "t" }] },
      memory: { memories: [{ name: "m", permissions: { drop: false } }, { name: "n" }] },
      sqlite: { databases: [{ name: "db", tables: [{ database: "db", table: "t" }] }] },
      containers: { registry: {} },
    });
    expect(scope.dataset?.tables).toEqual([{ name: "t", namespace: null, write: false, read: true, alter: false }]);
    expect(scope.memory?.memories?.[0]?.permissions).toMatchObject({ drop: false, create: true, optimize: true });
    expect(Object.values(scope.memory?.memories?.[1]?.permissions ?? {})).toEqual(Array(8).fill(true));
    expect(scope.sqlite?.databases?.[0]).toMatchObject({ drop: false, execute: true, namespace: null });
    expect(scope.sqlite?.databases?.[0]?.tables?.[0]).toMatchObject({ read: true, write: false, alter: false });
    expect(scope.containers?.registry).toEqual({ list: null, pull: null, run: null, write: null });
  });

  it("reads a null flag as its default", () => {
    expect(parse({ messaging: { send: null } }).messaging?.send).toBe(true);
  });
});

describe("rejections name the field", () => {
  it("rejects an empty or blank path", () => {
    expect(issuePaths({ storage: { paths: [{ path: "" }] } })).toEqual([["storage", "paths", 0, "path"]]);
    expect(issuePaths({ sync: { paths: [{ path: "/a" }, { path: "  " }] } })).toEqual([["sync", "paths", 1, "path"]]);
  });

  it("rejects a non-numeric or out-of-range tunnel port", () => {
    expect(issuePaths({ tunnels: { ports: ["8080", "http"] } })).toEqual([["tunnels", "ports", 1]]);
    expect(issuePaths({ tunnels: { ports: ["70000"] } })).toEqual([["tunnels", "ports", 0]]);
    expect(issuePaths({ tunnels: { ports: [8080.5] } })).toEqual([["tunnels", "ports", 0]]);
    expect(issuePaths({ tunnels: { ports: [0] } })).toEqual([["tunnels", "ports", 0]]);
  });

  it("reads tunnel ports given as numbers as the same ports, normalised to strings", () => {
    expect(apiScopeSchema.parse({ tunnels: { ports: [8080, "9000"] } }).tunnels).toEqual({ ports: ["8080", "9000"] });
    expect(issuePaths({ tunnels: { ports: [8080, "8080"] } })).toEqual([["tunnels", "ports", 1]]);
  });

  it("rejects duplicate list entries at the repeated index", () => {
    expect(issuePaths({ queues: { send: ["a", "b", "a"] } })).toEqual([["queues", "send", 2]]);
    expect(issuePaths({ storage: { paths: [{ path: "/a" }, { path: "/a", read_only: true }] } })).toEqual([
      ["storage", "paths", 1],
    ]);
    expect(issuePaths({ tunnels: { ports: ["80", "080"] } })).toEqual([["tunnels", "ports", 1]]);
    expect(
      issuePaths({
        dataset: {
          tables: [
            { name: "t", namespace: ["a"] },
            { name: "t", namespace: ["a"] },
          ],
        },
      }),
    ).toEqual([["dataset", "tables", 1]]);
  });

  it("does not mistake distinct namespaced entries for duplicates", () => {
    // A null namespace (any) and [] (the root) differ, and a "/" in a name is not a namespace separator.
    expect(() => parse({ dataset: { tables: [{ name: "t" }, { name: "t", namespace: [] }] } })).not.toThrow();
    expect(() => parse({ dataset: { tables: [{ name: "a/b" }, { name: "b", namespace: ["a"] }] } })).not.toThrow();
    expect(() => parse({ memory: { memories: [{ name: "m" }, { name: "m", namespace: [] }] } })).not.toThrow();
    const endpoints = [
      { endpoint: "a b", client_id: "c" },
      { endpoint: "a", client_id: "b c" },
    ];
    expect(() => parse({ secrets: { request_oauth_token: endpoints } })).not.toThrow();
  });

  it("rejects a table, memory or database entry without a name", () => {
    expect(issuePaths({ dataset: { tables: [{ write: true }] } })).toEqual([["dataset", "tables", 0, "name"]]);
    expect(issuePaths({ memory: { memories: [{ name: "" }] } })).toEqual([["memory", "memories", 0, "name"]]);
    expect(issuePaths({ sqlite: { databases: [{ name: "db", tables: [{ database: "db" }] }] } })).toEqual([
      ["sqlite", "databases", 0, "tables", 0, "table"],
    ]);
  });

  it("rejects a grant that is not an object, such as `storage: false`", () => {
    expect(issuePaths({ storage: false })).toEqual([["storage"]]);
    expect(issuePaths({ livekit: [] })).toEqual([["livekit"]]);
  });

  it("rejects a flag or list of the wrong type", () => {
    expect(issuePaths({ messaging: { send: "yes" } })).toEqual([["messaging", "send"]]);
    expect(issuePaths({ llm: { models: "openai/*" } })).toEqual([["llm", "models"]]);
    expect(issuePaths({ secrets: { request_oauth_token: [{ endpoint: "e" }] } })).toEqual([
      ["secrets", "request_oauth_token", 0, "client_id"],
    ]);
  });
});

describe("camelCase twins", () => {
  it("a null snake_case key falls back to its camelCase twin, as the SDK reads `read_only ?? readOnly`", () => {
    const scope = parse({ storage: { paths: [{ path: "/a", read_only: null, readOnly: true }] } });
    expect(scope.storage?.paths?.[0]?.read_only).toBe(true);
  });

  it("a snake_case key wins over its camelCase twin", () => {
    const scope = parse({ storage: { paths: [{ readOnly: true, path: "/a", read_only: false }] } });
    expect(scope.storage?.paths?.[0]?.read_only).toBe(false);
  });
});
