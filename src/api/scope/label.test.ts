import { describe, expect, it } from "vitest";
import { canReadStoragePath, canReadSyncPath } from "./access-paths.ts";
import { parseScope } from "./forms.ts";
import { nearestPreset, presetLabel } from "./label.ts";
import { presets } from "./presets.ts";

describe("presetLabel", () => {
  it("labels each preset as itself", () => {
    expect(presetLabel(presets.none())).toBe("= none");
    expect(presetLabel(presets.userDefault())).toBe("= user default");
    expect(presetLabel(presets.agentDefault())).toBe("= agent default");
    expect(presetLabel(presets.full())).toBe("= full");
  });

  it("labels a preset with a grant added or removed by that grant", () => {
    expect(presetLabel(presets.agentDefault({ tunnels: true }))).toBe("agent default + tunnels");
    expect(presetLabel({ ...presets.full(), secrets: null })).toBe("full − secrets");
    expect(presetLabel({ ...presets.userDefault(), sqlite: parseScope({ sqlite: {} }).sqlite })).toBe(
      "user default + sqlite",
    );
  });

  it("labels storage that can write nowhere as read-only, and other narrowing as narrowed", () => {
    const readOnly = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } }).storage;
    expect(presetLabel({ ...presets.userDefault(), storage: readOnly })).toBe("user default, storage read-only");
    const queues = parseScope({ queues: { send: ["jobs"] } }).queues;
    expect(presetLabel({ ...presets.userDefault(), queues })).toBe("user default, queues narrowed");
  });

  it("labels storage or sync with an empty path list as no paths, not read-only: it grants no access", () => {
    const empty = parseScope({ storage: { paths: [] }, sync: { paths: [] } });
    expect(canReadStoragePath(empty, "/data")).toBe(false);
    expect(canReadSyncPath(empty, "/data")).toBe(false);
    expect(presetLabel({ ...presets.none(), storage: empty.storage })).toBe("none + storage (no paths)");
    expect(presetLabel({ ...presets.userDefault(), storage: empty.storage })).toBe("user default, storage: no paths");
    expect(presetLabel({ ...presets.userDefault(), sync: empty.sync })).toBe("user default, sync: no paths");
  });

  it("labels a narrowed grant added to a preset with how it is narrowed", () => {
    expect(presetLabel(parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } }))).toBe(
      "none + storage (read-only)",
    );
  });

  it("shows three differences and counts the rest", () => {
    const scope = parseScope({
      livekit: {},
      queues: {},
      messaging: {},
      dataset: {},
      developer: {},
      agents: {},
      llm: {},
    });
    expect(presetLabel(scope)).toBe("agent default − memory − sync − storage, +3 more");
  });

  it("treats an empty tunnel port list as all ports, like the preset's {}", () => {
    expect(presetLabel({ ...presets.full(), tunnels: { ports: [] } })).toBe("= full");
  });
});

describe("nearestPreset", () => {
  it("picks the preset with the fewest grant-level differences", () => {
    const match = nearestPreset({ ...presets.userDefault(), llm: parseScope({ llm: {} }).llm, secrets: null });
    expect(match).toEqual({ preset: "agentDefault", added: [], removed: ["secrets"], narrowed: [], distance: 1 });
  });

  it("prefers the smaller preset on a tie", () => {
    // agent default + tunnels is one step from agent default and one from full.
    expect(nearestPreset(presets.agentDefault({ tunnels: true })).preset).toBe("agentDefault");
  });

  it("counts grants narrowed from the preset's {} as differences", () => {
    const storage = parseScope({ storage: { paths: [] } }).storage;
    expect(nearestPreset({ ...presets.full(), storage })).toMatchObject({
      preset: "full",
      narrowed: ["storage"],
      distance: 1,
    });
  });
});
