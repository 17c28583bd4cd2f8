import { createRequire } from "node:module";
import type * as Sdk from "@meshagent/meshagent";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meshagent } from "#api/client.ts";
import { parseScope } from "#api/scope/forms.ts";
import { expectError, send } from "../testing/http.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
let other: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
  other = await seedProject(server, "Other");
});
afterAll(() => server.close());

// The SDK's "import" build is CommonJS in disguise; its "require" build loads as published.
const { parseApiKey } = createRequire(import.meta.url)("@meshagent/meshagent") as typeof Sdk;

const pid = () => seed.project.id;
const keyClient = (token: string) => new Meshagent({ baseUrl: server.baseUrl, token });

describe("api keys", () => {
  it("a created key is an ma-… value in the official SDK's format, naming the key and the project", async () => {
    const created = await server.admin.createApiKey(pid(), "ci", "for the <build> 🤖");
    expect(created.value).toMatch(/^ma-[\w.]+-[\w.]+-.+$/);
    const parsed = parseApiKey(created.value);
    expect(parsed).toMatchObject({ id: created.id, projectId: pid() });
    const { keys } = await server.admin.listApiKeys(pid());
    expect(keys.find((k) => k.id === created.id)).toMatchObject({ name: "ci", description: "for the <build> 🤖" });
    const listed = await send(server, "GET", `${seed.path}/api-keys`);
    expect(listed.text).not.toContain(parsed.secret);
  });

  it("a key authenticates as an admin of its project only", async () => {
    const { value } = await server.admin.createApiKey(pid(), "scoped");
    const client = keyClient(value);
    expect((await client.listProjects()).projects.map((p) => p.id)).toEqual([pid()]);
    expect((await client.getProjectRole(pid())).role).toBe("admin");
    const room = await client.createRoom(pid(), { name: "by-key" });
    await client.createRoomGrant(pid(), {
      roomId: room.id,
      userId: seed.member.id,
      permissions: parseScope({ livekit: {} }),
    });
    expect((await client.listRoomGrants(pid())).total).toBe(1);
    // The server admin created the key and administers `other` too, but the key does not reach it.
    for (const path of ["", "/rooms", "/users", "/room-grants"]) {
      expectError(await send(server, "GET", `/accounts/projects/${other.project.id}${path}`, { token: value }), 404);
    }
  });

  it("a key may not create projects, users or personal tokens", async () => {
    const { value } = await server.admin.createApiKey(pid(), "contained");
    const me = await keyClient(value).whoami();
    expectError(await send(server, "POST", "/accounts/projects", { token: value, body: { name: "x" } }), 403);
    expectError(await send(server, "POST", "/local/users", { token: value, body: { email: "k@example.com" } }), 403);
    expectError(await send(server, "GET", "/local/users", { token: value }), 403);
    expectError(await send(server, "POST", `/local/users/${me.id}/tokens`, { token: value, body: {} }), 403);
  });

  it("a key sees the profiles of its own project's people only", async () => {
    const { value } = await server.admin.createApiKey(pid(), "profiles");
    const client = keyClient(value);
    expect((await client.getUserProfile(seed.member.id)).id).toBe(seed.member.id);
    // `other`'s member shares a project with the key's creator, but not with the key.
    expectError(await send(server, "GET", `/accounts/profiles/${other.member.id}`, { token: value }), 404);
  });

  it("a deleted key no longer authenticates (401)", async () => {
    const created = await server.admin.createApiKey(pid(), "short-lived");
    const deleted = await send(server, "DELETE", `${seed.path}/api-keys/${created.id}`);
    expect([deleted.status, deleted.text]).toEqual([204, ""]);
    expectError(await send(server, "GET", "/accounts/projects", { token: created.value }), 401);
    expectError(await send(server, "DELETE", `${seed.path}/api-keys/${created.id}`), 404);
  });

  it("a key with a wrong secret or a foreign project is refused (401)", async () => {
    const { value } = await server.admin.createApiKey(pid(), "tampered");
    const parts = value.split("-");
    const wrongSecret = [...parts.slice(0, 3), "not-the-secret"].join("-");
    const otherKey = await server.admin.createApiKey(other.project.id, "other");
    const swapped = [parts[0], parts[1], otherKey.value.split("-")[2], parts.slice(3).join("-")].join("-");
    for (const token of [wrongSecret, swapped, "ma-", "ma-x-y-z", "ma-----"]) {
      expectError(await send(server, "GET", "/accounts/projects", { token }), 401);
    }
  });

  it("a missing name is a 400; members and developers may not manage keys (403)", async () => {
    expectError(await send(server, "POST", `${seed.path}/api-keys`, { body: { name: " " } }), 400, "name");
    expectError(await send(server, "POST", `${seed.path}/api-keys`, { body: { description: 5 } }), 400, "name");
    for (const token of [seed.member.token, seed.developer.token]) {
      expectError(await send(server, "GET", `${seed.path}/api-keys`, { token }), 403);
      expectError(await send(server, "POST", `${seed.path}/api-keys`, { token, body: { name: "x" } }), 403);
      expectError(await send(server, "DELETE", `${seed.path}/api-keys/any`, { token }), 403);
    }
    expectError(await send(server, "GET", `${seed.path}/api-keys`, { token: seed.outsider.token }), 404);
  });
});
