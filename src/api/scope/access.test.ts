import { describe, expect, it } from "vitest";
import {
  canJoinBreakoutRoom,
  canReceiveFromQueue,
  canRequestOauthToken,
  canSendToQueue,
  canUseToolkit,
  canUseTunnelPort,
  grantAllows,
  hasGrant,
} from "./access.ts";
import { parseScope } from "./forms.ts";
import { presets } from "./presets.ts";

const none = presets.none();

describe("grant presence and flags", () => {
  it("an absent grant is not held and allows none of its flags", () => {
    expect(hasGrant(none, "admin")).toBe(false);
    expect(grantAllows(none, "admin", "config")).toBe(false);
    expect(grantAllows(none, "messaging", "broadcast")).toBe(false);
  });

  it("an empty grant is held and allows its flags that default to true", () => {
    const scope = parseScope({ messaging: {}, agents: {}, admin: {}, developer: {}, services: {}, queues: {} });
    expect(hasGrant(scope, "messaging")).toBe(true);
    expect(grantAllows(scope, "messaging", "broadcast")).toBe(true);
    expect(grantAllows(scope, "agents", "register_public_toolkit")).toBe(true);
    expect(grantAllows(scope, "admin", "config")).toBe(true);
    expect(grantAllows(scope, "developer", "logs")).toBe(true);
    expect(grantAllows(scope, "services", "list")).toBe(true);
    expect(grantAllows(scope, "queues", "list")).toBe(true);
  });

  it("a flag set to false is denied while its siblings stay allowed", () => {
    const scope = parseScope({ messaging: { send: false }, agents: { useTools: false } });
    expect(grantAllows(scope, "messaging", "send")).toBe(false);
    expect(grantAllows(scope, "messaging", "list")).toBe(true);
    expect(grantAllows(scope, "agents", "use_tools")).toBe(false);
    expect(grantAllows(scope, "agents", "call")).toBe(true);
  });

  it("only boolean fields are accepted as flags", () => {
    // @ts-expect-error paths is a list, not a flag
    expect(grantAllows(parseScope({ storage: {} }), "storage", "paths")).toBe(false);
  });
});

describe("breakout rooms and queues", () => {
  it("a null breakout room list allows any room; a list allows exactly its names", () => {
    expect(canJoinBreakoutRoom(parseScope({ livekit: {} }), "any")).toBe(true);
    const scope = parseScope({ livekit: { breakout_rooms: ["team-*", "side"] } });
    expect(canJoinBreakoutRoom(scope, "side")).toBe(true);
    expect(canJoinBreakoutRoom(scope, "team-a")).toBe(false);
    expect(canJoinBreakoutRoom(none, "side")).toBe(false);
  });

  it("send and receive lists are exact names, checked separately", () => {
    const scope = parseScope({ queues: { send: ["jobs"], receive: [] } });
    expect(canSendToQueue(scope, "jobs")).toBe(true);
    expect(canSendToQueue(scope, "jobs2")).toBe(false);
    expect(canReceiveFromQueue(scope, "jobs")).toBe(false);
    expect(canReceiveFromQueue(parseScope({ queues: {} }), "jobs")).toBe(true);
    expect(canSendToQueue(none, "jobs")).toBe(false);
  });

  it("allowed toolkits are exact names; null allows all", () => {
    expect(canUseToolkit(parseScope({ agents: {} }), "web")).toBe(true);
    expect(canUseToolkit(parseScope({ agents: { allowed_toolkits: ["web"] } }), "web")).toBe(true);
    expect(canUseToolkit(parseScope({ agents: { allowed_toolkits: ["web"] } }), "shell")).toBe(false);
    expect(canUseToolkit(none, "web")).toBe(false);
  });
});

describe("tunnels", () => {
  it("an absent tunnels grant denies every port", () => {
    expect(canUseTunnelPort(none, 8080)).toBe(false);
  });

  it("a null or empty port list allows every port", () => {
    expect(canUseTunnelPort(parseScope({ tunnels: {} }), 22)).toBe(true);
    expect(canUseTunnelPort(parseScope({ tunnels: { ports: [] } }), 22)).toBe(true);
  });

  it("a port list allows only its ports, compared as numbers", () => {
    const scope = parseScope({ tunnels: { ports: ["8080", "0443"] } });
    expect(canUseTunnelPort(scope, 8080)).toBe(true);
    expect(canUseTunnelPort(scope, "443")).toBe(true);
    expect(canUseTunnelPort(scope, 80)).toBe(false);
  });
});

describe("oauth token requests (era B secrets)", () => {
  const endpoint = "https://auth.example.com/authorize";

  it("an absent secrets grant denies; a grant without a list allows every endpoint", () => {
    expect(canRequestOauthToken(none, endpoint, "c")).toBe(false);
    expect(canRequestOauthToken(parseScope({ secrets: {} }), endpoint, "c")).toBe(true);
  });

  it("endpoints match exactly or by trailing `*`, client ids exactly", () => {
    const scope = parseScope({
      secrets: { requestOauthToken: [{ endpoint: "https://auth.example.com/*", clientId: "c" }] },
    });
    expect(canRequestOauthToken(scope, endpoint, "c")).toBe(true);
    expect(canRequestOauthToken(scope, endpoint, "d")).toBe(false);
    expect(canRequestOauthToken(scope, "https://evil.example.com/", "c")).toBe(false);
    expect(canRequestOauthToken(scope, " ", "c")).toBe(false);
  });
});
