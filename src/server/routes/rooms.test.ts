import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertRoom } from "../db/rooms.ts";
import { expectError, send } from "../testing/http.ts";
import { aScope, readOnly } from "../testing/scopes.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";
import { PARTICIPANT_TOKEN_VERSION } from "../tokens.ts";

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
});
afterAll(() => server.close());

const pid = () => seed.project.id;

describe("rooms", () => {
  it("creates a room with metadata, annotations and initial grants keyed by user id", async () => {
    const room = await server.admin.createRoom(pid(), {
      name: "kickoff",
      metadata: { topic: "plan", nested: { n: 1 } },
      annotations: { team: "core" },
      permissions: { [seed.member.id]: aScope({ storage: readOnly("/shared") }) },
    });
    expect(room).toMatchObject({
      name: "kickoff",
      metadata: { topic: "plan", nested: { n: 1 } },
      annotations: { team: "core" },
    });
    expect(await server.admin.getRoom(pid(), "kickoff")).toEqual(room);
    const grant = await server.admin.getRoomGrant(pid(), room.id, seed.member.id);
    expect(grant.permissions.storage?.paths).toEqual([{ path: "/shared", read_only: true }]);
  });

  it("a duplicate name is a 409 on name, unless if_not_exists returns the existing room", async () => {
    const first = await server.admin.createRoom(pid(), { name: "twice" });
    expectError(await send(server, "POST", `${seed.path}/rooms`, { body: { name: "twice" } }), 409, "name");
    expect(await server.admin.createRoom(pid(), { name: "twice", ifNotExists: true })).toEqual(first);
  });

  it("invalid names and grants for non-members are a 400 naming the field", async () => {
    for (const name of ["Upper", "-edge", "a--b", "x".repeat(64), "", "../x", "sp ace"]) {
      expectError(await send(server, "POST", `${seed.path}/rooms`, { body: { name } }), 400, "name");
    }
    const body = { name: "ghosts", permissions: { [seed.outsider.id]: {} } };
    expectError(await send(server, "POST", `${seed.path}/rooms`, { body }), 400, `permissions.${seed.outsider.id}`);
    expectError(
      await send(server, "POST", `${seed.path}/rooms`, { body: { name: "m", metadata: "x" } }),
      400,
      "metadata",
    );
    expectError(
      await send(server, "POST", `${seed.path}/rooms`, { body: { name: "a", annotations: { k: 1 } } }),
      400,
      "annotations.k",
    );
  });

  it("lists rooms paged, ordered and filtered, with the total", async () => {
    const { project } = await seedProject(server, "Listing");
    for (const name of ["alpha", "bravo", "charlie", "delta"]) await server.admin.createRoom(project.id, { name });
    const page = await server.admin.listRooms(project.id, { limit: 2, offset: 1, orderBy: "-room_name" });
    expect(page.rooms.map((r) => r.name)).toEqual(["charlie", "bravo"]);
    expect(page.total).toBe(4);
    const filtered = await server.admin.listRooms(project.id, { filter: "ar" });
    expect(filtered).toMatchObject({ total: 1, rooms: [{ name: "charlie" }] });
  });

  it("renames a room and its grants follow the new name", async () => {
    const room = await server.admin.createRoom(pid(), { name: "old-name", metadata: { keep: true } });
    await server.admin.createRoomGrant(pid(), { roomId: room.id, userId: seed.member.id, permissions: aScope() });
    await server.admin.updateRoom(pid(), room.id, { name: "new-name" });
    expect(await server.admin.getRoom(pid(), "new-name")).toMatchObject({ id: room.id, metadata: { keep: true } });
    expectError(await send(server, "GET", `${seed.path}/rooms/old-name`), 404);
    const grants = await server.admin.listRoomGrantsByRoom(pid(), "new-name");
    expect(grants.roomGrants.map((g) => g.room.name)).toEqual(["new-name"]);
    const taken = await send(server, "PUT", `${seed.path}/rooms/${room.id}`, { body: { name: "kickoff" } });
    expectError(taken, 409, "name");
  });

  it("deleting a room deletes its grants and the unique-rooms and unique-users counts follow", async () => {
    const { project, member } = await seedProject(server, "Deleting");
    const keep = await server.admin.createRoom(project.id, { name: "keep" });
    const doomed = await server.admin.createRoom(project.id, { name: "doomed" });
    for (const room of [keep, doomed]) {
      await server.admin.createRoomGrant(project.id, { roomId: room.id, userId: member.id, permissions: aScope() });
    }
    await server.admin.deleteRoom(project.id, doomed.id);
    expect((await server.admin.listRoomGrants(project.id)).roomGrants.map((g) => g.room.name)).toEqual(["keep"]);
    const rooms = await server.admin.listUniqueRoomsWithGrants(project.id);
    expect(rooms.rooms.map((r) => [r.room.name, r.count])).toEqual([["keep", 1]]);
    const users = await server.admin.listUniqueUsersWithGrants(project.id);
    expect(users.users.map((u) => [u.userId, u.count])).toEqual([[member.id, 1]]);
  });

  it("unknown rooms are a 404 on get, update and delete", async () => {
    expectError(await send(server, "GET", `${seed.path}/rooms/nowhere`), 404);
    expectError(await send(server, "PUT", `${seed.path}/rooms/nope`, { body: { name: "x" } }), 404);
    expectError(await send(server, "DELETE", `${seed.path}/rooms/nope`), 404);
  });

  it("only admins change and delete rooms; a member may not create one, a developer may", async () => {
    const room = await server.admin.createRoom(pid(), { name: "guarded" });
    for (const token of [seed.member.token, seed.developer.token]) {
      expectError(await send(server, "PUT", `${seed.path}/rooms/${room.id}`, { token, body: { name: "x" } }), 403);
      expectError(await send(server, "DELETE", `${seed.path}/rooms/${room.id}`, { token }), 403);
    }
    expectError(
      await send(server, "POST", `${seed.path}/rooms`, { token: seed.member.token, body: { name: "m" } }),
      403,
    );
    expect(await seed.developer.client.createRoom(pid(), { name: "dev-room" })).toMatchObject({ name: "dev-room" });
    expectError(await send(server, "GET", `${seed.path}/rooms`, { token: seed.outsider.token }), 404);
  });

  it("unicode and HTML in metadata and annotations are stored and returned intact", async () => {
    const metadata = { title: "<img src=x onerror=alert(1)>", emoji: "🦄", rtl: "שלום", quote: `"'\\` };
    const room = await server.admin.createRoom(pid(), { name: "intact", metadata, annotations: { ключ: "值 & <b>" } });
    expect(await server.admin.getRoom(pid(), room.name)).toMatchObject({ metadata, annotations: { ключ: "值 & <b>" } });
  });

  it("a limit above 1000 is capped at 1000, and nasty paging is a 400 (never a 500)", async () => {
    const { project } = await seedProject(server, "Crowded");
    server.db.transaction(() => {
      for (let i = 0; i < 1005; i++)
        insertRoom(server.db, { projectId: project.id, name: `r-${String(i).padStart(4, "0")}` });
    })();
    const page = await server.admin.listRooms(project.id, { limit: 5000 });
    expect([page.rooms.length, page.total]).toEqual([1000, 1005]);
    const huge = await send(server, "GET", `/accounts/projects/${project.id}/rooms?limit=99999999999999999999`);
    expect([huge.status, (huge.json as { rooms: unknown[] }).rooms.length]).toEqual([200, 1000]);
    const P = `/accounts/projects/${project.id}/rooms`;
    expectError(await send(server, "GET", `${P}?offset=-1`), 400, "offset");
    expectError(await send(server, "GET", `${P}?limit=ten`), 400, "limit");
    expectError(await send(server, "GET", `${P}?order_by=name;drop table rooms`), 400, "order_by");
    expect((await server.admin.listRooms(project.id, { offset: 10_000 })).rooms).toEqual([]);
  });
});

describe("connect", () => {
  it("mints an HS256 participant token whose api grant is the caller's stored grant", async () => {
    const room = await server.admin.createRoom(pid(), { name: "live" });
    const scope = aScope({ livekit: {}, storage: readOnly("/data"), llm: { models: ["openai/*"] } });
    await server.admin.createRoomGrant(pid(), { roomId: room.id, userId: seed.developer.id, permissions: scope });
    const info = await seed.developer.client.connectRoom(pid(), "live");
    expect(info).toMatchObject({ roomName: "live", projectId: pid() });
    expect(info.roomUrl).toMatch(/^ws:\/\/.+\/rooms\/live$/);
    expect(decodeProtectedHeader(info.jwt).alg).toBe("HS256");
    const secret = server.db
      .prepare<[string], { signing_secret: string }>("SELECT signing_secret FROM projects WHERE id = ?")
      .get(pid())?.signing_secret;
    const { payload } = await jwtVerify(info.jwt, new TextEncoder().encode(secret));
    expect(payload).toEqual(decodeJwt(info.jwt));
    expect(payload).toMatchObject({ name: seed.developer.email, sub: pid(), version: PARTICIPANT_TOKEN_VERSION });
    const stored = await send(server, "GET", `${seed.path}/room-grants/${room.id}/${seed.developer.id}`);
    const grants = payload.grants as { name: string; scope: unknown }[];
    expect(grants.filter((g) => g.name === "api")).toEqual([
      { name: "api", scope: (stored.json as { permissions: unknown }).permissions },
    ]);
    expect(grants).toContainEqual({ name: "room", scope: "live" });
  });

  it("connecting without a grant is a 403; to an unknown room a 404", async () => {
    await server.admin.createRoom(pid(), { name: "closed" });
    expectError(
      await send(server, "POST", `${seed.path}/rooms/closed/connect`, { token: seed.member.token, body: {} }),
      403,
    );
    expectError(await send(server, "POST", `${seed.path}/rooms/missing/connect`, { body: {} }), 404);
    expectError(
      await send(server, "POST", `${seed.path}/rooms/closed/connect`, { token: seed.outsider.token, body: {} }),
      404,
    );
  });
});
