import { describe, expect, it } from "vitest";
import { canReadStoragePath, canReadSyncPath, canWriteStoragePath, canWriteSyncPath } from "./access-paths.ts";
import { parseScope } from "./forms.ts";

const readOnly = (path: string) => ({ path, read_only: true });
const readWrite = (path: string) => ({ path });
const storage = (...paths: object[]) => parseScope({ storage: { paths } });
const sync = (...paths: object[]) => parseScope({ sync: { paths } });

describe("storage paths", () => {
  it("an absent storage grant denies everything", () => {
    const scope = parseScope({ sync: {} });
    expect(canReadStoragePath(scope, "/a")).toBe(false);
    expect(canWriteStoragePath(scope, "/a")).toBe(false);
  });

  it("a null path list allows read and write everywhere", () => {
    const scope = parseScope({ storage: {} });
    expect(canReadStoragePath(scope, "/anything/at/all")).toBe(true);
    expect(canWriteStoragePath(scope, "")).toBe(true);
  });

  it("an empty path list allows nothing", () => {
    expect(canReadStoragePath(storage(), "/a")).toBe(false);
    expect(canWriteStoragePath(storage(), "/a")).toBe(false);
  });

  it("matches a grant path as a plain prefix, even mid-name", () => {
    const scope = storage(readWrite("/data"));
    expect(canReadStoragePath(scope, "/data")).toBe(true);
    expect(canReadStoragePath(scope, "/data/x.txt")).toBe(true);
    expect(canReadStoragePath(scope, "/database")).toBe(true);
    expect(canReadStoragePath(scope, "/dat")).toBe(false);
    expect(canReadStoragePath(scope, "data/x")).toBe(false);
  });

  it("treats `*` as a literal character, not a wildcard", () => {
    const scope = storage(readWrite("/data/*"));
    expect(canReadStoragePath(scope, "/data/x")).toBe(false);
    expect(canReadStoragePath(scope, "/data/*x")).toBe(true);
  });

  it("a read-only path allows read and denies write", () => {
    const scope = storage(readOnly("/ro"));
    expect(canReadStoragePath(scope, "/ro/a")).toBe(true);
    expect(canWriteStoragePath(scope, "/ro/a")).toBe(false);
  });

  it("a read-only path after a read-write one does not allow write on its own paths", () => {
    const scope = storage(readWrite("/data"), readOnly("/logs"));
    expect(canWriteStoragePath(scope, "/data/x")).toBe(true);
    expect(canWriteStoragePath(scope, "/logs/x")).toBe(false);
    expect(canReadStoragePath(scope, "/logs/x")).toBe(true);
  });

  it("a read-only path nested under an earlier read-write one cannot take write away", () => {
    const scope = storage(readWrite("/data"), readOnly("/data/ro"));
    expect(canWriteStoragePath(scope, "/data/ro/file")).toBe(true);
  });

  it("a read-only path before a read-write one denies write where both match", () => {
    const scope = storage(readOnly("/data"), readWrite("/data/rw"));
    expect(canWriteStoragePath(scope, "/data/rw/file")).toBe(false);
    expect(canReadStoragePath(scope, "/data/rw/file")).toBe(true);
  });

  it("a path no entry matches is neither readable nor writable", () => {
    const scope = storage(readWrite("/a"), readOnly("/b"));
    expect(canReadStoragePath(scope, "/c")).toBe(false);
    expect(canWriteStoragePath(scope, "/c")).toBe(false);
  });
});

describe("sync paths", () => {
  it("an absent sync grant denies everything", () => {
    const scope = parseScope({ storage: {} });
    expect(canReadSyncPath(scope, "/a")).toBe(false);
    expect(canWriteSyncPath(scope, "/a")).toBe(false);
  });

  it("a null path list allows read and write everywhere", () => {
    expect(canReadSyncPath(parseScope({ sync: {} }), "/x")).toBe(true);
    expect(canWriteSyncPath(parseScope({ sync: {} }), "/x")).toBe(true);
  });

  it("a path without `*` matches only itself", () => {
    const scope = sync(readWrite("/doc.md"));
    expect(canReadSyncPath(scope, "/doc.md")).toBe(true);
    expect(canReadSyncPath(scope, "/doc.md.bak")).toBe(false);
    expect(canWriteSyncPath(scope, "/doc.md/x")).toBe(false);
  });

  it("a trailing `*` matches every path with that prefix", () => {
    const scope = sync(readWrite("/notes/*"));
    expect(canWriteSyncPath(scope, "/notes/a.md")).toBe(true);
    expect(canWriteSyncPath(scope, "/notes/")).toBe(true);
    expect(canReadSyncPath(scope, "/notes")).toBe(false);
  });

  it("`*` only matches as a trailing prefix", () => {
    const scope = sync(readWrite("/notes/*.md"));
    expect(canReadSyncPath(scope, "/notes/a.md")).toBe(false);
    expect(canReadSyncPath(scope, "/notes/*.md")).toBe(true);
  });

  it("a read-only path after a read-write one does not allow write on its own paths", () => {
    const scope = sync(readWrite("/notes/*"), readOnly("/logs/*"));
    expect(canWriteSyncPath(scope, "/notes/a")).toBe(true);
    expect(canWriteSyncPath(scope, "/logs/a")).toBe(false);
    expect(canReadSyncPath(scope, "/logs/a")).toBe(true);
  });

  it("a read-only path nested under an earlier read-write one cannot take write away", () => {
    const scope = sync(readWrite("/n/*"), readOnly("/n/locked/*"));
    expect(canWriteSyncPath(scope, "/n/locked/a")).toBe(true);
  });

  it("the first matching entry decides write, later entries are ignored", () => {
    const scope = sync(readOnly("/n/*"), readWrite("/n/open/*"));
    expect(canWriteSyncPath(scope, "/n/open/a")).toBe(false);
    expect(canReadSyncPath(scope, "/n/open/a")).toBe(true);
  });
});
