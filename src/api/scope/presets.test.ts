import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { toCompact } from "./forms.ts";
import { enabledGrants, presets } from "./presets.ts";

const sdk = createRequire(import.meta.url)("@meshagent/meshagent") as typeof import("@meshagent/meshagent");

describe("presets match TS SDK 0.39.9", () => {
  it("none grants nothing", () => {
    expect(toCompact(presets.none())).toEqual({});
    expect(enabledGrants(presets.none())).toEqual([]);
  });

  it("userDefault is ApiScope.userDefault(): secrets, no llm", () => {
    expect(toCompact(presets.userDefault())).toEqual(sdk.ApiScope.userDefault().toJSON());
    expect(enabledGrants(presets.userDefault())).toContain("secrets");
    expect(enabledGrants(presets.userDefault())).not.toContain("llm");
  });

  it("agentDefault is ApiScope.agentDefault(), with tunnels only when asked", () => {
    expect(toCompact(presets.agentDefault())).toEqual(sdk.ApiScope.agentDefault().toJSON());
    expect(toCompact(presets.agentDefault({ tunnels: false }))).toEqual(
      sdk.ApiScope.agentDefault({ tunnels: false }).toJSON(),
    );
    expect(toCompact(presets.agentDefault({ tunnels: true }))).toEqual(
      sdk.ApiScope.agentDefault({ tunnels: true }).toJSON(),
    );
    expect(enabledGrants(presets.agentDefault({ tunnels: true }))).toContain("tunnels");
  });

  it("full is ApiScope.full(): admin, secrets and tunnels, but no sqlite", () => {
    expect(toCompact(presets.full())).toEqual(sdk.ApiScope.full().toJSON());
    expect(enabledGrants(presets.full())).toHaveLength(15);
    expect(enabledGrants(presets.full())).not.toContain("sqlite");
  });

  it("every preset grant is fully default, written as {}", () => {
    for (const grant of Object.values(toCompact(presets.full()))) expect(grant).toEqual({});
  });

  it("writes grants in the SDK's order", () => {
    expect(Object.keys(toCompact(presets.full()))).toEqual(Object.keys(sdk.ApiScope.full().toJSON()));
  });
});
