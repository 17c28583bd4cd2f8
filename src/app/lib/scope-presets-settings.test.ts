import { describe, expect, it } from "vitest";
import { parseScope } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { readScopePresets, withScopePreset } from "./scope-presets-settings.ts";

const readOnlyData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

describe("readScopePresets", () => {
  it("reads presets saved in compact or full form", () => {
    const settings = {
      meshagent_admin: {
        scope_presets: [
          { name: "Reader", scope: { storage: { paths: [{ path: "/data", read_only: true }] } } },
          { name: "Admin", scope: { admin: { config: true }, livekit: null } },
        ],
      },
    };
    const { presets: read, unreadable } = readScopePresets(settings);
    expect(unreadable).toBe(0);
    expect(read.map((p) => p.name)).toEqual(["Reader", "Admin"]);
    expect(read[0]?.scope).toEqual(readOnlyData);
  });

  it("skips and counts broken entries instead of failing", () => {
    const settings = {
      meshagent_admin: {
        scope_presets: [
          null,
          { name: "", scope: {} },
          { name: "Bad port", scope: { tunnels: { ports: ["x"] } } },
          { name: "Ok", scope: {} },
        ],
      },
    };
    expect(readScopePresets(settings)).toMatchObject({ unreadable: 3, presets: [{ name: "Ok" }] });
    expect(readScopePresets({ meshagent_admin: { scope_presets: "nope" } })).toEqual({ presets: [], unreadable: 1 });
    expect(readScopePresets({ meshagent_admin: 7 })).toEqual({ presets: [], unreadable: 0 });
    expect(readScopePresets(null)).toEqual({ presets: [], unreadable: 0 });
  });
});

describe("withScopePreset", () => {
  it("appends a preset in compact form and keeps every other setting", () => {
    const settings = { region: "eu", meshagent_admin: { theme: "dark" } };
    expect(withScopePreset(settings, { name: " Reader ", scope: readOnlyData })).toEqual({
      region: "eu",
      meshagent_admin: {
        theme: "dark",
        scope_presets: [{ name: "Reader", scope: { storage: { paths: [{ path: "/data", read_only: true }] } } }],
      },
    });
  });

  it("replaces a preset of the same name in place and keeps unreadable entries", () => {
    const settings = {
      meshagent_admin: { scope_presets: [{ name: "A", scope: {} }, "junk", { name: "B", scope: {} }] },
    };
    const next = withScopePreset(settings, { name: "A", scope: presets.full() });
    expect(next.meshagent_admin).toMatchObject({
      scope_presets: [{ name: "A", scope: { admin: {} } }, "junk", { name: "B", scope: {} }],
    });
  });
});
