import { describe, expect, it } from "vitest";
import { parseScope } from "./forms.ts";
import { presets } from "./presets.ts";
import { summarizeScope, summaryOf } from "./summary.ts";

const summary = (json: Record<string, unknown>) => summaryOf(parseScope(json));
const paths = (...entries: [string, boolean?][]) => ({
  paths: entries.map(([path, readOnly]) => ({ path, read_only: readOnly ?? false })),
});

describe("summaryOf", () => {
  it("says No access for none(), both ways", () => {
    expect(summaryOf(presets.none())).toEqual({ short: "No access", full: "No access" });
  });

  it("names a read-only storage path", () => {
    expect(summary({ storage: paths(["/data", true]) })).toEqual({
      short: "Storage: read /data",
      full: "Storage: read /data",
    });
  });

  it("says what each storage path allows, nested writable paths included", () => {
    expect(summary({ storage: paths(["/data/reports"], ["/data", true]) }).short).toBe(
      "Storage: read /data; write /data/reports",
    );
    expect(summary({ storage: paths(["/data/private", true], ["/data"]) }).short).toBe(
      "Storage: read /data/private; write /data (except /data/private)",
    );
  });

  it("counts a writable path shadowed by an earlier read-only one as read", () => {
    expect(summary({ storage: paths(["/data", true], ["/data/reports"]) }).short).toBe(
      "Storage: read /data, /data/reports",
    );
  });

  it("shortens many paths to three and +N more, and keeps them all in the full form", () => {
    const many = paths(["/a", true], ["/b", true], ["/c", true], ["/d", true], ["/e", true], ["/f", true], ["/w"]);
    expect(summary({ storage: many })).toEqual({
      short: "Storage: read /a, /b, /c +3 more; write /w",
      full: "Storage: read /a, /b, /c, /d, /e, /f; write /w",
    });
  });

  it("describes unrestricted and empty path lists", () => {
    expect(summary({ storage: {} })).toEqual({ short: "Storage", full: "Storage: can read and write everywhere" });
    expect(summary({ sync: { paths: [] } }).short).toBe("Sync: no paths");
    expect(summary({ sync: paths(["/docs/*", true], ["/a.txt"]) }).short).toBe("Sync: read /docs/*; write /a.txt");
  });

  it("groups dataset tables by what they allow, with their namespaces", () => {
    const dataset = {
      tables: [
        { name: "events", namespace: ["team", "eu"], write: true },
        { name: "logs" },
        { name: "root", namespace: [], write: true },
        { name: "old", read: false },
      ],
    };
    expect(summary({ dataset }).short).toBe(
      "Dataset: read and write team/eu/events, root (root namespace); read logs; no access to old",
    );
    expect(summary({ dataset: { tables: [] } }).short).toBe("Dataset: no tables");
    expect(summary({ dataset: {} }).short).toBe("Dataset");
  });

  it("names LLM models, or says none", () => {
    expect(summary({ llm: { models: ["openai/gpt-4o", "anthropic/*"] } }).short).toBe(
      "LLM: openai/gpt-4o, anthropic/*",
    );
    expect(summary({ llm: { models: [] } }).short).toBe("LLM: no models");
    expect(summary({ llm: {} })).toEqual({ short: "LLM", full: "LLM: any model" });
  });

  it("names the images containers may pull and run", () => {
    const containers = { pull: ["ghcr.io/acme/*", "docker.io/a", "docker.io/b", "docker.io/c"], run: [] };
    expect(summary({ containers })).toEqual({
      short: "Containers: pull ghcr.io/acme/*, docker.io/a, docker.io/b +1 more; run nothing",
      full: "Containers: pull ghcr.io/acme/*, docker.io/a, docker.io/b, docker.io/c; run nothing",
    });
  });

  it("names tunnel ports, and says every port when none are listed", () => {
    expect(summary({ tunnels: { ports: ["80", "443"] } }).short).toBe("Tunnels: ports 80, 443");
    expect(summary({ tunnels: {} }).short).toBe("Tunnels: every port");
    expect(summary({ tunnels: { ports: [] } }).short).toBe("Tunnels: every port");
  });

  it("names databases, memories, queues, breakout rooms, toolkits and OAuth endpoints", () => {
    expect(
      summary({
        livekit: { breakout_rooms: ["side"] },
        queues: { send: ["jobs"], receive: [] },
        sqlite: { databases: [{ name: "main", namespace: ["app"] }] },
        memory: { memories: [{ name: "notes" }] },
        agents: { allowed_toolkits: ["search"] },
        secrets: { request_oauth_token: [{ endpoint: "https://auth/x", client_id: "c" }] },
      }).short,
    ).toBe(
      "LiveKit: breakout rooms side · Queues: send to jobs; receive from nothing · SQLite: databases app/main · Memory: memories notes · Agents: toolkits search · Secrets: OAuth tokens from https://auth/x",
    );
  });

  it("says (limited) for a grant narrowed only by its flags, and gives its sentence in full", () => {
    expect(summary({ messaging: { broadcast: false }, admin: {} })).toEqual({
      short: "Messaging (limited) · Admin",
      full: "Messaging: can send and list participants; cannot broadcast\nAdmin: can change room configuration",
    });
  });

  it("summarizeScope is the short form", () => {
    const scope = parseScope({ storage: paths(["/data", true]), messaging: {}, tunnels: { ports: ["80"] } });
    expect(summarizeScope(scope)).toBe("Messaging · Storage: read /data · Tunnels: ports 80");
  });
});
