import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { toCompact } from "#api/scope/forms.ts";
import { enabledGrants, presets } from "#api/scope/presets.ts";
import { decodeParticipantToken } from "./participant-token.ts";

const secret = new TextEncoder().encode("not-a-real-secret-but-long-enough");
const sign = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setExpirationTime(1_900_000_000).sign(secret);

describe("decodeParticipantToken", () => {
  it("reads the identity, room, expiry and api grant", async () => {
    const jwt = await sign({
      name: "ada@example.com",
      sub: "project-1",
      grants: { room: "lobby", role: "user", api: { storage: { paths: [{ path: "/data", read_only: true }] } } },
    });
    const token = decodeParticipantToken(jwt);
    expect(token).toMatchObject({ identity: "ada@example.com", room: "lobby", role: "user" });
    expect(token.expiresAt?.toISOString()).toBe(new Date(1_900_000_000 * 1000).toISOString());
    expect(token.api?.storage?.paths).toEqual([{ path: "/data", read_only: true }]);
    expect(token.api?.admin).toBeNull();
  });

  it("reads the SDK's list of named grants", async () => {
    const jwt = await sign({
      name: "bob@example.com",
      grants: [
        { name: "room", scope: "stage" },
        { name: "role", scope: "user" },
        { name: "api", scope: { llm: {} } },
      ],
    });
    const token = decodeParticipantToken(jwt);
    expect(token).toMatchObject({ identity: "bob@example.com", room: "stage", role: "user" });
    expect(token.api && enabledGrants(token.api)).toEqual(["llm"]);
  });

  it("keeps an api grant it cannot read as raw JSON", async () => {
    const token = decodeParticipantToken(await sign({ grants: { api: { tunnels: { ports: ["x"] } } } }));
    expect(token.api).toBeNull();
    expect(token.apiJson).toEqual({ tunnels: { ports: ["x"] } });
  });

  it("reads a compact preset back as the same scope", async () => {
    const full = presets.full();
    const token = decodeParticipantToken(await sign({ grants: { api: toCompact(full) } }));
    expect(token.api && enabledGrants(token.api)).toEqual(enabledGrants(full));
  });

  it("throws on text that is not a JWT", () => {
    expect(() => decodeParticipantToken("not a token")).toThrow();
  });
});
