import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCompact, toFull } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { expectError, send } from "../testing/http.ts";
import { aScope, readOnly, readWrite } from "../testing/scopes.ts";
import { seedProject, type TestUser } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
});
afterAll(() => server.close());

const pid = () => seed.project.id;
let rooms = 0;
const newRoom = () => server.admin.createRoom(pid(), { name: `grants-${++rooms}` });

/** The stored grant's permissions exactly as the server answers them (no client parsing). */
async function wirePermissions(roomId: string, userId: string): Promise<unknown> {
  const response = await send(server, "GET", `${seed.path}/room-grants/${roomId}/${userId}`);
  expect(response.status).toBe(200);
  return (response.json as { permissions: unknown }).permissions;
}

async function grantRaw(permissions: unknown, user: TestUser = seed.member) {
  const room = await newRoom();
  const response = await send(server, "POST", `${seed.path}/room-grants`, {
    body: { room_id: room.id, user_id: user.id, permissions },
  });
  return { room, response };
}

describe("grant forms", () => {
  it("tunnel ports sent as numbers are accepted and answered as strings", async () => {
    const { room, response } = await grantRaw({ tunnels: { ports: [8080, 443] } });
    expect(response.status).toBe(201);
    expect(await wirePermissions(room.id, seed.member.id)).toEqual({ tunnels: { ports: ["8080", "443"] } });
  });

  it("a grant sent compact is stored and answered in the same compact form", async () => {
    const scope = aScope({ livekit: {}, storage: readWrite("/data"), queues: { send: ["jobs"], list: false } });
    const room = await newRoom();
    await server.admin.createRoomGrant(pid(), { roomId: room.id, userId: seed.member.id, permissions: scope });
    expect(await wirePermissions(room.id, seed.member.id)).toEqual(toCompact(scope));
    expect(toCompact(scope)).toEqual({
      livekit: {},
      storage: { paths: [{ path: "/data" }] },
      queues: { send: ["jobs"], list: false },
    });
  });

  it("a Python full-form body with nulls everywhere is answered in the compact form", async () => {
    const scope = presets.userDefault();
    const room = await newRoom();
    const body = {
      room_id: room.id,
      user_id: seed.member.id,
      email: null,
      permissions: toFull(scope),
      invite_redirect_url: null,
    };
    expect((await send(server, "POST", `${seed.path}/room-grants`, { body })).status).toBe(201);
    const answered = await wirePermissions(room.id, seed.member.id);
    expect(answered).toEqual(toCompact(scope));
    const stored = server.db.prepare("SELECT permissions FROM room_grants WHERE room_id = ?").pluck().get(room.id);
    expect(JSON.parse(String(stored))).toEqual(toCompact(scope));
    expect(JSON.stringify(answered)).not.toContain("null");
  });

  it("camelCase nested keys are accepted and stored snake_case", async () => {
    const { room, response } = await grantRaw({
      storage: { paths: [{ path: "/ro", readOnly: true }] },
      livekit: { breakoutRooms: ["side"] },
      agents: { registerAgent: false },
    });
    expect(response.status).toBe(201);
    expect(await wirePermissions(room.id, seed.member.id)).toEqual({
      storage: { paths: [{ path: "/ro", read_only: true }] },
      livekit: { breakout_rooms: ["side"] },
      agents: { register_agent: false },
    });
  });

  it("the database alias is stored as dataset", async () => {
    const { room, response } = await grantRaw({ database: { tables: [{ name: "orders", write: true }] } });
    expect(response.status).toBe(201);
    expect(await wirePermissions(room.id, seed.member.id)).toEqual({
      dataset: { tables: [{ name: "orders", write: true }] },
    });
  });

  it("secrets are accepted with and without request_oauth_token", async () => {
    const endpoint = { endpoint: "https://oauth.example.com", client_id: "abc" };
    const plain = await grantRaw({ secrets: {} });
    const withOauth = await grantRaw({ secrets: { request_oauth_token: [endpoint] } });
    const pythonNull = await grantRaw({ ...toFull(aScope()), secrets: { request_oauth_token: null } });
    expect(await wirePermissions(plain.room.id, seed.member.id)).toEqual({ secrets: {} });
    expect(await wirePermissions(withOauth.room.id, seed.member.id)).toEqual({
      secrets: { request_oauth_token: [endpoint] },
    });
    expect(await wirePermissions(pythonNull.room.id, seed.member.id)).toEqual({ livekit: {}, secrets: {} });
  });

  it("a bad scope is a 400 whose issue names the nested field", async () => {
    const cases: [unknown, string][] = [
      [{ storage: { paths: [{ read_only: true }] } }, "permissions.storage.paths.0.path"],
      [{ tunnels: { ports: ["99999"] } }, "permissions.tunnels.ports.0"],
      [{ queues: { list: "yes" } }, "permissions.queues.list"],
      ["everything", "permissions"],
    ];
    for (const [permissions, field] of cases) expectError((await grantRaw(permissions)).response, 400, field);
  });
});

describe("grant lifecycle", () => {
  it("an admin updates a grant by room and user, whatever grant id the path carries", async () => {
    const room = await newRoom();
    await server.admin.createRoomGrant(pid(), { roomId: room.id, userId: seed.member.id, permissions: aScope() });
    const permissions = aScope({ storage: readOnly("/a", "/b") });
    await server.admin.updateRoomGrant(pid(), {
      roomId: room.id,
      userId: seed.member.id,
      permissions,
      grantId: "ignored",
    });
    expect(await wirePermissions(room.id, seed.member.id)).toEqual(toCompact(permissions));
  });

  it("a second grant for the same room and user is a 409", async () => {
    const room = await newRoom();
    const body = { room_id: room.id, user_id: seed.member.id, permissions: {} };
    expect((await send(server, "POST", `${seed.path}/room-grants`, { body })).status).toBe(201);
    expectError(await send(server, "POST", `${seed.path}/room-grants`, { body }), 409, "user_id");
  });

  it("a grant by an unknown e-mail creates an invited user who becomes a member", async () => {
    const room = await newRoom();
    const email = `invitee-${Date.now()}@example.com`;
    await server.admin.createRoomGrantByEmail(pid(), {
      roomId: room.id,
      email,
      permissions: aScope(),
      inviteRedirectUrl: "https://app.example.com/welcome",
    });
    const { users } = await server.admin.listUsers({ email });
    expect(users).toMatchObject([{ email, invited: true }]);
    const members = await server.admin.listMembers(pid(), { filter: email });
    expect(members.users.map((u) => u.id)).toEqual([users[0]?.id]);
    expect(await wirePermissions(room.id, users[0]?.id ?? "")).toEqual({ livekit: {} });
  });

  it("deleting a grant removes it; unknown grants are a 404", async () => {
    const room = await newRoom();
    await server.admin.createRoomGrant(pid(), { roomId: room.id, userId: seed.member.id, permissions: aScope() });
    await server.admin.deleteRoomGrant(pid(), room.id, seed.member.id);
    const path = `${seed.path}/room-grants/${room.id}/${seed.member.id}`;
    expectError(await send(server, "GET", path), 404);
    expectError(await send(server, "DELETE", path), 404);
    const body = { room_id: room.id, user_id: seed.member.id, permissions: {} };
    expectError(await send(server, "PUT", `${seed.path}/room-grants/unused`, { body }), 404);
  });

  it("bad create bodies are a 400 naming the field", async () => {
    const room = await newRoom();
    const post = (body: unknown) => send(server, "POST", `${seed.path}/room-grants`, { body });
    expectError(await post({ room_id: "nope", user_id: seed.member.id, permissions: {} }), 400, "room_id");
    expectError(await post({ room_id: room.id, user_id: seed.outsider.id, permissions: {} }), 400, "user_id");
    expectError(await post({ room_id: room.id, permissions: {} }), 400, "user_id");
    expectError(
      await post({ room_id: room.id, user_id: seed.member.id, email: "a@b.co", permissions: {} }),
      400,
      "user_id",
    );
    expectError(await post({ room_id: room.id, email: "not-an-email", permissions: {} }), 400, "email");
    expectError(await post({ room_id: room.id, user_id: seed.member.id }), 400, "permissions");
  });

  it("members and developers may not create, change or revoke grants; outsiders get 404", async () => {
    const room = await newRoom();
    const body = { room_id: room.id, user_id: seed.member.id, permissions: {} };
    for (const token of [seed.member.token, seed.developer.token]) {
      expectError(await send(server, "POST", `${seed.path}/room-grants`, { token, body }), 403);
      expectError(await send(server, "PUT", `${seed.path}/room-grants/unused`, { token, body }), 403);
      expectError(
        await send(server, "DELETE", `${seed.path}/room-grants/${room.id}/${seed.member.id}`, { token }),
        403,
      );
    }
    expectError(await send(server, "POST", `${seed.path}/room-grants`, { token: seed.outsider.token, body }), 404);
  });
});
