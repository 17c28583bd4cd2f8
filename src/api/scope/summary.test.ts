import { describe, expect, it } from "vitest";
import { parseScope } from "./forms.ts";
import { presets } from "./presets.ts";
import { describeScope } from "./summary.ts";

const lines = (json: Record<string, unknown>) => describeScope(parseScope(json));

describe("describeScope", () => {
  it("says nothing about absent grants", () => {
    expect(describeScope(presets.none())).toEqual([]);
    expect(lines({ messaging: {} })).toHaveLength(1);
  });

  it("describes one read-only storage path as reading under it and writing nowhere", () => {
    expect(lines({ storage: { paths: [{ path: "/data", read_only: true }] } })).toEqual([
      "Storage: can read everything under /data, write nowhere",
    ]);
  });

  it("describes storage without paths as read and write everywhere, and an empty list as nothing", () => {
    expect(lines({ storage: {} })).toEqual(["Storage: can read and write everywhere"]);
    expect(lines({ storage: { paths: [] } })).toEqual(["Storage: cannot read or write anywhere"]);
  });

  it("leaves shadowed writes out and names read-only entries carved out of a writable one", () => {
    const storage = {
      paths: [
        { path: "/data/ro", read_only: true },
        { path: "/data" },
        { path: "/tmp", read_only: true },
        { path: "/tmp/x" },
      ],
    };
    expect(lines({ storage })).toEqual([
      "Storage: can read everything under /data/ro, /data, /tmp and /tmp/x, write under /data (except /data/ro)",
    ]);
  });

  it("describes sync entries as written, patterns included", () => {
    expect(lines({ sync: { paths: [{ path: "/docs/*", read_only: true }, { path: "/a.txt" }] } })).toEqual([
      "Sync: can read /docs/* and /a.txt, write /a.txt",
    ]);
  });

  it("lists what messaging allows and what it does not", () => {
    expect(lines({ messaging: {} })).toEqual(["Messaging: can send, broadcast and list participants"]);
    expect(lines({ messaging: { broadcast: false } })).toEqual([
      "Messaging: can send and list participants; cannot broadcast",
    ]);
    expect(lines({ messaging: { broadcast: false, list: false } })).toEqual([
      "Messaging: can send; cannot broadcast or list participants",
    ]);
  });

  it("describes LLM models as any, only the listed ones, or none", () => {
    expect(lines({ llm: {} })).toEqual(["LLM: any model"]);
    expect(lines({ llm: { models: ["openai/gpt-4o", "anthropic/*"] } })).toEqual([
      "LLM: only openai/gpt-4o, anthropic/*",
    ]);
    expect(lines({ llm: { models: [] } })).toEqual(["LLM: no models"]);
  });

  it("describes tunnels without ports, or with an empty port list, as all ports", () => {
    expect(lines({ tunnels: {} })).toEqual(["Tunnels: can open tunnels on all ports"]);
    expect(lines({ tunnels: { ports: [] } })).toEqual(["Tunnels: can open tunnels on all ports"]);
    expect(lines({ tunnels: { ports: ["80", "443"] } })).toEqual(["Tunnels: can open tunnels on ports 80 and 443"]);
  });

  it("describes dataset tables with their operations and namespaces", () => {
    const dataset = {
      tables: [
        { name: "events", namespace: ["team"], write: true },
        { name: "logs", read: false },
      ],
    };
    expect(lines({ dataset })).toEqual([
      "Dataset: can use only tables events in team (read and write) and logs (no access) and list tables",
    ]);
    expect(lines({ dataset: { tables: [], list_tables: false } })).toEqual([
      "Dataset: enabled; cannot use any table or list tables",
    ]);
  });

  it("describes SQLite databases with their flags and tables", () => {
    const sqlite = {
      databases: [{ name: "main", namespace: [], drop: true, tables: [{ database: "main", table: "t", alter: true }] }],
      create_database: false,
    };
    expect(lines({ sqlite })).toEqual([
      "SQLite: can use only databases main in the root namespace (create tables, drop, inspect, list tables and execute; tables: t (read and alter)) and list databases; cannot create databases",
    ]);
  });

  it("describes memories with their permissions", () => {
    expect(lines({ memory: { memories: [{ name: "notes", permissions: { drop: false } }] } })).toEqual([
      "Memory: can use only memories notes (create, inspect, query, upsert, ingest, recall and optimize) and list memories",
    ]);
    expect(lines({ memory: { memories: [{ name: "all" }] } })).toEqual([
      "Memory: can use only memories all (all permissions) and list memories",
    ]);
  });

  it("describes containers, their image lists and the registry", () => {
    expect(lines({ containers: { pull: ["ghcr.io/*"], run: [], registry: { write: [] }, logs: false } })).toEqual([
      "Containers: can use containers and pull only ghcr.io/*; cannot read container logs, run any image or write registry repositories",
    ]);
  });

  it("describes the remaining grants", () => {
    expect(lines({ livekit: { breakout_rooms: ["lobby"] }, queues: { receive: [] } })).toEqual([
      "LiveKit: can join breakout rooms lobby",
      "Queues: can send to any queue and list queues; cannot receive from any queue",
    ]);
    expect(
      lines({ agents: { call: false, allowed_toolkits: ["search"] }, developer: {}, services: { list: false } }),
    ).toEqual([
      "Developer: can read developer logs",
      "Agents: can register agents, register public toolkits, register private toolkits, use agents, use tools and use only toolkits search; cannot call agents",
      "Services: enabled; cannot list services",
    ]);
    expect(
      lines({ admin: {}, secrets: { request_oauth_token: [{ endpoint: "https://a/*", client_id: "c1" }] } }),
    ).toEqual([
      "Admin: can change room configuration",
      "Secrets: can use secrets and request OAuth tokens from https://a/* (client c1)",
    ]);
    expect(lines({ admin: { config: false }, secrets: { request_oauth_token: [] } })).toEqual([
      "Admin: enabled; cannot change room configuration",
      "Secrets: can use secrets; cannot request any OAuth token",
    ]);
  });

  it("gives one line per grant of full(), in declaration order", () => {
    expect(describeScope(presets.full()).map((line) => line.split(":")[0])).toEqual([
      "LiveKit",
      "Queues",
      "Messaging",
      "Dataset",
      "Memory",
      "Sync",
      "Storage",
      "Containers",
      "Developer",
      "Agents",
      "LLM",
      "Admin",
      "Secrets",
      "Tunnels",
      "Services",
    ]);
  });
});
