import { describe, expect, it } from "vitest";
import { parseScope } from "./forms.ts";
import { presets } from "./presets.ts";
import { describeSensitive, sensitiveInNewScopes } from "./sensitive.ts";

describe("sensitive access in new grants", () => {
  it("finds admin, secrets, tunnels and storage write in the Full preset, in that order", () => {
    expect(sensitiveInNewScopes([presets.full()])).toEqual(["admin", "secrets", "tunnels", "storage"]);
  });

  it("does not count read-only storage or harmless grants", () => {
    const readOnly = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] }, messaging: {} });
    expect(sensitiveInNewScopes([readOnly, presets.none()])).toEqual([]);
  });

  it("joins what several scopes give", () => {
    const tunnels = parseScope({ tunnels: { ports: ["8080"] } });
    const writes = parseScope({ storage: { paths: [{ path: "/out" }] } });
    expect(sensitiveInNewScopes([writes, tunnels])).toEqual(["tunnels", "storage"]);
  });

  it("says each in words", () => {
    expect(describeSensitive(["admin", "storage"])).toBe("admin (room configuration), write access to storage");
  });
});
