import { describe, expect, it } from "vitest";
import { decideTunnelPort } from "./access.ts";
import { decideUseTable } from "./access-data.ts";
import { decideReadStoragePath, decideWriteStoragePath, decideWriteSyncPath } from "./access-paths.ts";
import { decideLlmModel, decidePullContainerImage } from "./access-patterns.ts";
import { describeDecision } from "./decision.ts";
import { parseScope } from "./forms.ts";

const readOnly = (path: string) => ({ path, read_only: true });
const readWrite = (path: string) => ({ path, read_only: false });

describe("storage decisions", () => {
  it("the first matching prefix decides write: a read-only /data before /data/rw denies /data/rw/x", () => {
    const scope = parseScope({ storage: { paths: [readOnly("/data"), readWrite("/data/rw")] } });
    expect(decideWriteStoragePath(scope, "/data/rw/x")).toEqual({
      allowed: false,
      because: "matched-denies",
      entry: { grant: "storage", field: "paths", index: 0, value: readOnly("/data") },
    });
    expect(decideReadStoragePath(scope, "/data/rw/x").entry.index).toBe(0);
  });

  it("a read-write entry first allows write even when a read-only one follows", () => {
    const scope = parseScope({ storage: { paths: [readWrite("/data"), readOnly("/data/ro")] } });
    expect(decideWriteStoragePath(scope, "/data/ro/x")).toMatchObject({ allowed: true, entry: { index: 0 } });
  });

  it("a plain prefix matches mid-name, and nothing matching is named as the whole list", () => {
    const scope = parseScope({ storage: { paths: [readWrite("/data")] } });
    expect(decideWriteStoragePath(scope, "/database")).toMatchObject({ allowed: true, entry: { index: 0 } });
    expect(decideWriteStoragePath(scope, "/notes")).toEqual({
      allowed: false,
      because: "no-match",
      entry: { grant: "storage", field: "paths", value: [readWrite("/data")] },
    });
  });

  it("an absent grant and a null list say so", () => {
    expect(decideWriteStoragePath(parseScope({}), "/a")).toEqual({
      allowed: false,
      because: "grant-absent",
      entry: { grant: "storage" },
    });
    expect(decideWriteStoragePath(parseScope({ storage: {} }), "/a")).toMatchObject({ because: "unrestricted" });
  });

  it("reads as a sentence", () => {
    const scope = parseScope({ storage: { paths: [readOnly("/data")] } });
    expect(describeDecision(decideWriteStoragePath(scope, "/data/x"))).toBe(
      'denied by storage.paths[0] = {"path":"/data","read_only":true}',
    );
  });
});

describe("sync decisions", () => {
  it("`*` at the end matches any suffix; without it the path must be exact", () => {
    const scope = parseScope({ sync: { paths: [readWrite("/notes/*"), readWrite("/exact")] } });
    expect(decideWriteSyncPath(scope, "/notes/a/b.md")).toMatchObject({ allowed: true, entry: { index: 0 } });
    expect(decideWriteSyncPath(scope, "/exact")).toMatchObject({ allowed: true, entry: { index: 1 } });
    expect(decideWriteSyncPath(scope, "/exact/more")).toMatchObject({ allowed: false, because: "no-match" });
  });
});

describe("table decisions", () => {
  const scope = parseScope({
    dataset: {
      tables: [
        { name: "t", namespace: ["a"], read: true, write: false },
        { name: "t", namespace: null, read: false, write: true },
        { name: "u", namespace: ["b"], read: true },
      ],
    },
  });

  it("the entry that allows is named even when an earlier one matches without the flag", () => {
    expect(decideUseTable(scope, "t", ["a"], "write").entry).toMatchObject({ field: "tables", index: 1 });
    expect(decideUseTable(scope, "t", ["a"], "read").entry).toMatchObject({ index: 0 });
  });

  it("a namespaced entry covers only its namespace; a null namespace covers every one", () => {
    expect(decideUseTable(scope, "u", ["a"], "read")).toMatchObject({ allowed: false, because: "no-match" });
    expect(decideUseTable(scope, "t", ["zzz"], "read")).toMatchObject({
      allowed: false,
      because: "matched-denies",
      entry: { index: 1 },
    });
  });
});

describe("pattern decisions", () => {
  it("LLM models: the first pattern that matches provider/model decides", () => {
    const scope = parseScope({ llm: { models: ["anthropic/*", "openai/gpt-5*"] } });
    expect(decideLlmModel(scope, "openai", "gpt-5-mini")).toMatchObject({
      allowed: true,
      entry: { field: "models", index: 1, value: "openai/gpt-5*" },
    });
    expect(decideLlmModel(scope, "openai", "gpt-4")).toMatchObject({ allowed: false, because: "no-match" });
    expect(decideLlmModel(scope, " ", "x")).toMatchObject({ allowed: false, because: "blank-name" });
  });

  it("container images: `*` only at the end is a wildcard", () => {
    const scope = parseScope({ containers: { pull: ["redis:*", "team*/app"] } });
    expect(decidePullContainerImage(scope, "redis:7")).toMatchObject({ allowed: true, entry: { index: 0 } });
    expect(decidePullContainerImage(scope, "teamx/app")).toMatchObject({ allowed: false, because: "no-match" });
    expect(decidePullContainerImage(scope, "team*/app")).toMatchObject({ allowed: true, entry: { index: 1 } });
  });

  it("tunnels: an empty port list is every port, and names the list", () => {
    expect(decideTunnelPort(parseScope({ tunnels: { ports: [] } }), 22)).toMatchObject({ because: "unrestricted" });
    expect(decideTunnelPort(parseScope({ tunnels: { ports: ["80", "443"] } }), "443").entry).toMatchObject({
      index: 1,
    });
  });
});
