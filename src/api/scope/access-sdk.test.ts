import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canJoinBreakoutRoom, canReceiveFromQueue, canRequestOauthToken, canSendToQueue } from "./access.ts";
import { canUseMemory, canUseTable, type MemoryPermission, type Namespace } from "./access-data.ts";
import { canReadStoragePath, canReadSyncPath, canWriteStoragePath, canWriteSyncPath } from "./access-paths.ts";
import {
  canPullContainerImage,
  canRunContainerImage,
  canUseLlmModel,
  canUseLlmProvider,
  canUseRegistryRepository,
} from "./access-patterns.ts";
import { parseScope } from "./forms.ts";
import { memoryPermissionKeys } from "./schema.ts";

// The official TS SDK is the reference (spec §7.3); its ESM build is broken, so load the CommonJS one.
const sdk = createRequire(import.meta.url)("@meshagent/meshagent") as typeof import("@meshagent/meshagent");
type SdkMemory = InstanceType<typeof sdk.MemoryGrant>;

const both = (json: Record<string, unknown>) => ({ ours: parseScope(json), theirs: sdk.ApiScope.fromJSON(json) });
const ns = (n: Namespace) => (n === null || n === undefined ? undefined : [...n]);

const paths = ["/", "/data", "/data/", "/data/x", "/database", "/data/ro/x", "/notes/a.md", "/notes", "/n*", "", "x"];
const pathGrants = [
  undefined,
  [],
  [{ path: "/data" }],
  [{ path: "/data", read_only: true }, { path: "/data/rw" }],
  [{ path: "/data" }, { path: "/data/ro", readOnly: true }],
  [{ path: "/notes/*" }, { path: "/data/x", read_only: true }, { path: "/n*" }],
  [{ path: "*", read_only: true }],
];

describe("path checks agree with the SDK", () => {
  it.each(pathGrants.map((list) => [JSON.stringify(list), list]))("storage and sync with paths %s", (_, list) => {
    const { ours, theirs } = both({ storage: { paths: list }, sync: { paths: list } });
    for (const path of paths) {
      expect([path, canReadStoragePath(ours, path)]).toEqual([path, theirs.storage?.canRead(path)]);
      expect([path, canWriteStoragePath(ours, path)]).toEqual([path, theirs.storage?.canWrite(path)]);
      expect([path, canReadSyncPath(ours, path)]).toEqual([path, theirs.sync?.canRead(path)]);
      expect([path, canWriteSyncPath(ours, path)]).toEqual([path, theirs.sync?.canWrite(path)]);
    }
  });

  it("on random paths over a small alphabet", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "/", "*"), minLength: 1, maxLength: 5 });
    const entry = fc.record({ path: text, read_only: fc.boolean() });
    const list = fc.uniqueArray(entry, { selector: (e) => e.path, maxLength: 4 });
    fc.assert(
      fc.property(list, fc.string({ unit: fc.constantFrom("a", "b", "/", "*"), maxLength: 6 }), (grants, path) => {
        const { ours, theirs } = both({ storage: { paths: grants }, sync: { paths: grants } });
        expect(canWriteStoragePath(ours, path)).toBe(theirs.storage?.canWrite(path));
        expect(canReadStoragePath(ours, path)).toBe(theirs.storage?.canRead(path));
        expect(canWriteSyncPath(ours, path)).toBe(theirs.sync?.canWrite(path));
        expect(canReadSyncPath(ours, path)).toBe(theirs.sync?.canRead(path));
      }),
      { numRuns: 300 },
    );
  });
});

const repos = ["redis", "redis:7", "team/app", "team/", "team", "other/x", "*", ""];
const patternLists = [undefined, [], ["redis"], ["redis:*", "team/*"], ["*"], ["team*", "other/x"]];

describe("pattern checks agree with the SDK", () => {
  it.each(patternLists.map((l) => [JSON.stringify(l), l]))("containers pull/run with %s", (_, list) => {
    const { ours, theirs } = both({ containers: { pull: list, run: list === undefined ? ["redis"] : undefined } });
    for (const tag of repos) {
      expect(canPullContainerImage(ours, tag)).toBe(theirs.containers?.canPull(tag));
      expect(canRunContainerImage(ours, tag)).toBe(theirs.containers?.canRun(tag));
    }
  });

  const registries = [
    undefined,
    {},
    { list: ["team/*"] },
    { list: [], pull: ["redis"] },
    { pull: ["redis"], run: null, write: ["team/*"] },
    { run: [] },
    { write: ["other/x"] },
  ];
  it.each(registries.map((r) => [JSON.stringify(r), r]))("registry operations with %s", (_, registry) => {
    const { ours, theirs } = both({ containers: { registry } });
    const direct = sdk.ContainerRegistryGrant.fromJSON(registry);
    for (const repo of repos) {
      expect(canUseRegistryRepository(ours, repo, "list")).toBe(theirs.containers?.canRegistryList(repo));
      expect(canUseRegistryRepository(ours, repo, "pull")).toBe(theirs.containers?.canRegistryPull(repo));
      expect(canUseRegistryRepository(ours, repo, "run")).toBe(theirs.containers?.canRegistryRun(repo));
      expect(canUseRegistryRepository(ours, repo, "write")).toBe(theirs.containers?.canRegistryWrite(repo));
      if (registry !== undefined) {
        expect(canUseRegistryRepository(ours, repo, "list")).toBe(direct.canList(repo));
      }
    }
  });

  const modelLists = [undefined, [], ["openai/gpt-5"], ["openai/*", " anthropic/claude-*"], ["*"], ["openai"]];
  const requests = [
    ["openai", "gpt-5"],
    [" openai ", "gpt-5 "],
    ["openai", "gpt-5-mini"],
    ["anthropic", "claude-opus"],
    ["", "x"],
    ["openai", " "],
    ["open", "ai/gpt-5"],
  ] as const;
  it.each(modelLists.map((l) => [JSON.stringify(l), l]))("llm providers and models with %s", (_, models) => {
    const { ours, theirs } = both({ llm: { models } });
    for (const [provider, model] of requests) {
      expect(canUseLlmProvider(ours, provider)).toBe(theirs.llm?.canUseProvider(provider));
      expect(canUseLlmModel(ours, provider, model)).toBe(theirs.llm?.canUseModel(provider, model));
    }
  });
});

const namespaces: Namespace[] = [undefined, null, [], ["a"], ["a", "b"], ["b"]];

describe("table and memory checks agree with the SDK", () => {
  const tableLists = [
    undefined,
    [],
    [{ name: "t" }],
    [{ name: "t", namespace: ["a"], write: true, read: false }],
    [
      { name: "t", read: false, alter: true },
      { name: "t", namespace: [], write: true },
    ],
    [{ name: "u", namespace: ["a", "b"], write: true, alter: true }],
  ];
  it.each(tableLists.map((l) => [JSON.stringify(l), l]))("dataset tables %s", (_, tables) => {
    const { ours, theirs } = both({ database: { tables } });
    for (const table of ["t", "u"]) {
      for (const n of namespaces) {
        expect(canUseTable(ours, table, n, "read")).toBe(theirs.dataset?.canRead(table, ns(n)));
        expect(canUseTable(ours, table, n, "write")).toBe(theirs.dataset?.canWrite(table, ns(n)));
        expect(canUseTable(ours, table, n, "alter")).toBe(theirs.dataset?.canAlter(table, ns(n)));
      }
    }
  });

  const sdkMemoryCheck: Record<MemoryPermission, (g: SdkMemory, name: string, n?: string[]) => boolean> = {
    create: (g, name, n) => g.canCreate(name, n),
    drop: (g, name, n) => g.canDrop(name, n),
    inspect: (g, name, n) => g.canInspect(name, n),
    query: (g, name, n) => g.canQuery(name, n),
    upsert: (g, name, n) => g.canUpsert(name, n),
    ingest: (g, name, n) => g.canIngest(name, n),
    recall: (g, name, n) => g.canRecall(name, n),
    optimize: (g, name, n) => g.canOptimize(name, n),
  };
  const memoryLists = [
    undefined,
    [],
    [{ name: "m" }],
    [{ name: "m", namespace: ["a"], permissions: { drop: false, recall: false } }],
    [
      { name: "m", permissions: { query: false } },
      { name: "m", namespace: ["b"], permissions: { create: false } },
    ],
  ];
  it.each(memoryLists.map((l) => [JSON.stringify(l), l]))("memories %s", (_, memories) => {
    const { ours, theirs } = both({ memory: { memories } });
    const grant = theirs.memory;
    if (grant === undefined) throw new Error("the SDK dropped the memory grant");
    for (const name of ["m", "n"]) {
      for (const n of namespaces) {
        for (const p of memoryPermissionKeys) {
          expect(canUseMemory(ours, name, n, p)).toBe(sdkMemoryCheck[p](grant, name, ns(n)));
        }
      }
    }
  });
});

describe("name-list checks agree with the SDK", () => {
  it.each([undefined, [], ["a"], ["a", "b*"]].map((l) => [JSON.stringify(l), l]))("room and queue names %s", (_, l) => {
    const { ours, theirs } = both({ livekit: { breakout_rooms: l }, queues: { send: l, receive: l } });
    for (const name of ["a", "b", "b*", "bc", ""]) {
      expect(canJoinBreakoutRoom(ours, name)).toBe(theirs.livekit?.canJoinBreakoutRoom(name));
      expect(canSendToQueue(ours, name)).toBe(theirs.queues?.canSend(name));
      expect(canReceiveFromQueue(ours, name)).toBe(theirs.queues?.canReceive(name));
    }
  });

  const oauth = [
    undefined,
    [],
    [
      { endpoint: "https://a.example/*", client_id: "c" },
      { endpoint: "https://b", clientId: "d" },
    ],
  ];
  it.each(oauth.map((l) => [JSON.stringify(l), l]))("oauth token requests %s", (_, request_oauth_token) => {
    const { ours, theirs } = both({ secrets: { request_oauth_token } });
    for (const [endpoint, clientId] of [
      ["https://a.example/auth", "c"],
      ["https://a.example/auth", "d"],
      [" https://b ", "d"],
      ["https://b/x", "d"],
      ["", "c"],
    ] as const) {
      const sdkAllows = theirs.secrets?.canRequestOauthToken({
        oauth: { authorization_endpoint: endpoint, client_id: clientId, token_endpoint: "https://token" },
      });
      expect(canRequestOauthToken(ours, endpoint, clientId)).toBe(sdkAllows);
    }
  });
});
