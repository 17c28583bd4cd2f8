import { describe, expect, it } from "vitest";
import { parseScope } from "./forms.ts";
import { presets } from "./presets.ts";
import { scopeErrors, scopeWarnings } from "./warnings.ts";

const warnings = (json: Record<string, unknown>) => scopeWarnings(parseScope(json));
const paths = (json: Record<string, unknown>) => warnings(json).map((w) => w.path);

describe("scopeWarnings", () => {
  it("has nothing to say about the user default preset with restricted paths", () => {
    const scope = parseScope({ storage: { paths: [{ path: "/data" }] }, sync: { paths: [{ path: "/docs/*" }] } });
    expect(scopeWarnings({ ...presets.userDefault(), storage: scope.storage, sync: scope.sync })).toEqual([]);
  });

  it("a writable path after a broader read-only one is flagged as shadowed", () => {
    const storage = { paths: [{ path: "/data", read_only: true }, { path: "/data/tmp" }] };
    expect(warnings({ storage })).toEqual([
      {
        path: "storage.paths.1.read_only",
        message:
          '"/data/tmp" is shadowed by "/data" (entry 1), which comes first and is read-only, so it can never be written.',
        severity: "warning",
      },
    ]);
  });

  it("a read-only path after a broader writable one is flagged as shadowed", () => {
    const storage = { paths: [{ path: "/data" }, { path: "/tmp" }, { path: "/data/private", read_only: true }] };
    expect(warnings({ storage })).toEqual([
      {
        path: "storage.paths.2.read_only",
        message:
          '"/data/private" is shadowed by "/data" (entry 1), which comes first and is writable, so it stays writable.',
        severity: "warning",
      },
    ]);
  });

  it("a shadowed path with the same read_only as the entry before it is not flagged", () => {
    expect(warnings({ storage: { paths: [{ path: "/data" }, { path: "/data/tmp" }] } })).toEqual([]);
  });

  it("a narrower path before a broader one is not flagged (it is the exception it was meant to be)", () => {
    expect(warnings({ storage: { paths: [{ path: "/data/ro", read_only: true }, { path: "/data" }] } })).toEqual([]);
  });

  it("names the first covering entry, the one that decides", () => {
    const storage = { paths: [{ path: "/", read_only: true }, { path: "/data" }, { path: "/data/x" }] };
    expect(warnings({ storage }).map((w) => w.message)).toEqual([
      '"/data" is shadowed by "/" (entry 1), which comes first and is read-only, so it can never be written.',
      '"/data/x" is shadowed by "/" (entry 1), which comes first and is read-only, so it can never be written.',
    ]);
  });

  it("a sync path under an earlier read-only pattern is flagged as shadowed, but not one beside it", () => {
    const sync = { paths: [{ path: "/docs/*", read_only: true }, { path: "/docs/draft" }, { path: "/docsx" }] };
    expect(paths({ sync })).toEqual(["sync.paths.1.read_only"]);
    expect(paths({ sync: { paths: [{ path: "/docs", read_only: true }, { path: "/docs/draft" }] } })).toEqual([]);
  });

  it("storage or sync without a path list is flagged as read and write everywhere", () => {
    expect(warnings({ storage: {}, sync: {} }).map((w) => [w.path, w.message])).toEqual([
      ["sync.paths", "No paths listed: sync can read and write everywhere."],
      ["storage.paths", "No paths listed: storage can read and write everywhere."],
    ]);
  });

  it("storage or sync with an empty path list is flagged as allowing nothing", () => {
    expect(paths({ storage: { paths: [] } })).toEqual(["storage.paths"]);
  });

  it("a * that is not at the end of a pattern is flagged where it is", () => {
    const scope = {
      containers: { pull: ["ghcr.io/*/x"], run: ["ok*"], registry: { write: ["a*b"] } },
      llm: { models: ["openai/*", "*/gpt-4o"] },
      sync: { paths: [{ path: "/a*/b" }] },
      secrets: { request_oauth_token: [{ endpoint: "https://*.example", client_id: "c" }] },
    };
    expect(paths(scope)).toEqual([
      "containers.pull.0",
      "containers.registry.write.0",
      "llm.models.1",
      "sync.paths.0.path",
      "secrets.request_oauth_token.0.endpoint",
    ]);
    expect(warnings({ llm: { models: ["*/gpt-4o"] } })[0]?.message).toBe(
      '"*" only works at the end of a pattern; in "*/gpt-4o" it matches a literal "*".',
    );
  });

  it("an llm model entry that can match no model, and an empty model list, are flagged where they are", () => {
    expect(paths({ llm: { models: ["openai/gpt-4o", "gpt-4o", "anthropic/*", "openai/", "*"] } })).toEqual([
      "llm.models.1",
      "llm.models.3",
    ]);
    expect(warnings({ llm: { models: ["gpt-4o"] } })[0]?.message).toBe(
      '"gpt-4o" matches no model: write "provider/model" (openai/gpt-4o), or end a prefix with "*" (openai/*).',
    );
    expect(paths({ llm: { models: [] } })).toEqual(["llm.models"]);
    expect(paths({ llm: {} })).toEqual([]);
  });

  it("a * in a storage path is flagged, since storage paths have no wildcards", () => {
    expect(paths({ storage: { paths: [{ path: "/data/*" }] } })).toEqual(["storage.paths.0.path"]);
  });

  it("tunnels with no ports or an empty port list are flagged as all ports", () => {
    expect(paths({ tunnels: {} })).toEqual(["tunnels.ports"]);
    expect(paths({ tunnels: { ports: [] } })).toEqual(["tunnels.ports"]);
    expect(paths({ tunnels: { ports: ["8080"] } })).toEqual([]);
  });

  it("secrets with an empty OAuth endpoint list are flagged as allowing none", () => {
    expect(warnings({ secrets: { request_oauth_token: [] } })).toEqual([
      {
        path: "secrets.request_oauth_token",
        message: "An empty endpoint list allows no OAuth tokens at all.",
        severity: "warning",
      },
    ]);
    expect(paths({ secrets: {} })).toEqual([]);
  });

  it("admin is noted as allowing room configuration", () => {
    expect(warnings({ admin: {} })).toEqual([
      { path: "admin", message: "Admin lets this participant change the room's configuration.", severity: "info" },
    ]);
  });
});

describe("scopeErrors", () => {
  it("has no errors for a valid scope, compact or full", () => {
    expect(scopeErrors({ storage: { paths: [{ path: "/data", read_only: true }] } })).toEqual([]);
    expect(scopeErrors({ livekit: null, database: {} })).toEqual([]);
  });

  it("places an empty path, a bad port and a duplicate on their dotted fields", () => {
    expect(scopeErrors({ storage: { paths: [{ path: " " }] }, tunnels: { ports: ["80", "http"] } })).toEqual([
      { path: "storage.paths.0.path", message: "must not be empty" },
      { path: "tunnels.ports.1", message: "must be a port number from 1 to 65535" },
    ]);
    expect(scopeErrors({ llm: { models: ["a/b", "a/b"] } })).toEqual([
      { path: "llm.models.1", message: 'duplicate entry "a/b"' },
    ]);
  });

  it("reports a wrong type with its path", () => {
    const [issue] = scopeErrors({ messaging: { send: "yes" } });
    expect(issue?.path).toBe("messaging.send");
  });
});
