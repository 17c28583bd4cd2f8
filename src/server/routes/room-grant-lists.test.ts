import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertGrant } from "../db/grants.ts";
import { insertRoom } from "../db/rooms.ts";
import { expectError, send } from "../testing/http.ts";
import { aScope } from "../testing/scopes.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

// Three rooms; the member holds grants in two of them, the developer in one.
let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
const rooms: Record<string, { id: string; name: string }> = {};
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
  for (const name of ["atrium", "boiler", "cellar"]) rooms[name] = await server.admin.createRoom(pid(), { name });
  const grant = (room: string, userId: string) =>
    server.admin.createRoomGrant(pid(), { roomId: rooms[room]?.id ?? "", userId, permissions: aScope() });
  await grant("atrium", seed.member.id);
  await grant("boiler", seed.member.id);
  await grant("boiler", seed.developer.id);
});
afterAll(() => server.close());

const pid = () => seed.project.id;
const G = () => `${seed.path}/room-grants`;
const roomId = (name: string) => rooms[name]?.id ?? "";
const percentEncodeAll = (v: string) =>
  [...v].map((ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).join("");

describe("room-grant lists", () => {
  it("lists every grant of the project, ordered by room name either way", async () => {
    const page = await server.admin.listRoomGrants(pid());
    expect(page.total).toBe(3);
    expect(page.roomGrants.map((g) => g.room.name)).toEqual(["atrium", "boiler", "boiler"]);
    const reversed = await server.admin.listRoomGrants(pid(), { orderBy: "-room_name", limit: 1 });
    expect(reversed.roomGrants.map((g) => g.room.name)).toEqual(["boiler"]);
    expectError(await send(server, "GET", `${G()}?order_by=email`), 400, "order_by");
  });

  it("by-room and by-user win over {room}/{user}: they answer pages, not a single grant", async () => {
    const byRoom = await send(server, "GET", `${G()}/by-room/boiler`);
    expect(byRoom.json).toMatchObject({ room_grants: [{}, {}], total: 2 });
    const byUser = await send(server, "GET", `${G()}/by-user/${seed.member.id}`);
    expect(byUser.json).toMatchObject({ room_grants: [{}, {}], total: 2 });
  });

  it("by-room takes the room's name or its id", async () => {
    const byName = await server.admin.listRoomGrantsByRoom(pid(), "boiler");
    const byId = await server.admin.listRoomGrantsByRoom(pid(), roomId("boiler"));
    expect(byId).toEqual(byName);
    expect(byName.roomGrants.map((g) => g.userId).sort()).toEqual([seed.member.id, seed.developer.id].sort());
    expectError(await send(server, "GET", `${G()}/by-room/nowhere`), 404);
  });

  it("by-user/me means the caller, even a plain member", async () => {
    const mine = await seed.member.client.listRoomGrantsByUser(pid(), "me");
    expect(mine.roomGrants.map((g) => g.room.name)).toEqual(["atrium", "boiler"]);
    const adminsOwn = await server.admin.listRoomGrantsByUser(pid(), "me");
    expect(adminsOwn.total).toBe(0);
  });

  it("a member reads their own grants but not someone else's (403)", async () => {
    const token = seed.member.token;
    const own = await seed.member.client.getRoomGrant(pid(), roomId("atrium"), seed.member.id);
    expect(own.room.name).toBe("atrium");
    expect((await seed.member.client.listRoomGrantsByUser(pid(), seed.member.id)).total).toBe(2);
    expectError(await send(server, "GET", `${G()}/${roomId("boiler")}/${seed.developer.id}`, { token }), 403);
    expectError(await send(server, "GET", `${G()}/by-user/${seed.developer.id}`, { token }), 403);
    for (const path of ["", "/by-room", "/by-user", "/by-room/boiler"]) {
      expectError(await send(server, "GET", `${G()}${path}`, { token }), 403);
    }
    expectError(await send(server, "GET", `${G()}/by-user/me`, { token: seed.outsider.token }), 404);
  });

  it("room and user ids work percent-encoded in paths", async () => {
    const [room, user] = [percentEncodeAll(roomId("atrium")), percentEncodeAll(seed.member.id)];
    const single = await send(server, "GET", `${G()}/${room}/${user}`);
    expect(single.json).toMatchObject({ room: { name: "atrium" }, user_id: seed.member.id });
    expect((await send(server, "GET", `${G()}/by-user/${user}`)).json).toMatchObject({ total: 2 });
    expect((await send(server, "GET", `${G()}/by-room/${percentEncodeAll("boiler")}`)).json).toMatchObject({
      total: 2,
    });
    expect((await send(server, "GET", `${G()}/by-user/${percentEncodeAll("me")}`)).json).toMatchObject({ total: 0 });
    expectError(await send(server, "GET", `${G()}/by-room/a%2Fb`), 404);
  });

  it("unique rooms and unique users come with their grant counts", async () => {
    const byRoom = await server.admin.listUniqueRoomsWithGrants(pid());
    expect(byRoom.rooms.map((r) => [r.room.name, r.count])).toEqual([
      ["atrium", 1],
      ["boiler", 2],
    ]);
    const byUser = await server.admin.listUniqueUsersWithGrants(pid());
    const counts = Object.fromEntries(byUser.users.map((u) => [u.userId, u.count]));
    expect(counts).toEqual({ [seed.member.id]: 2, [seed.developer.id]: 1 });
    expect(byUser.users.find((u) => u.userId === seed.member.id)).toMatchObject({ email: seed.member.email });
  });

  it("grant lists cap limit at 1000", async () => {
    const { project, member } = await seedProject(server, "Crowded");
    server.db.transaction(() => {
      for (let i = 0; i < 1002; i++) {
        const room = insertRoom(server.db, { projectId: project.id, name: `room-${i}` });
        insertGrant(server.db, {
          projectId: project.id,
          roomId: room.id,
          roomName: room.name,
          userId: member.id,
          scope: aScope(),
        });
      }
    })();
    const all = await server.admin.listRoomGrants(project.id, { limit: 100_000 });
    expect([all.roomGrants.length, all.total]).toEqual([1000, 1002]);
    const byUser = await server.admin.listRoomGrantsByUser(project.id, member.id, { limit: 1001 });
    expect(byUser.roomGrants).toHaveLength(1000);
    const uniqueRooms = await server.admin.listUniqueRoomsWithGrants(project.id, { limit: 5000, offset: 1 });
    expect([uniqueRooms.rooms.length, uniqueRooms.total]).toEqual([1000, 1002]);
  });
});

describe("cached pages", () => {
  it("every list read after a write shows the write, though the same page was read before", async () => {
    const room = await server.admin.createRoom(pid(), { name: "drafts" });
    const lists = () =>
      Promise.all([
        server.admin.listRoomGrants(pid(), { limit: 100 }),
        server.admin.listRoomGrantsByUser(pid(), seed.developer.id),
        server.admin.listRoomGrantsByRoom(pid(), room.name),
        server.admin.listUniqueRoomsWithGrants(pid()),
        server.admin.listUniqueUsersWithGrants(pid()),
      ]);
    const [all, byUser, byRoom, rooms, users] = await lists();
    await server.admin.createRoomGrant(pid(), { roomId: room.id, userId: seed.developer.id, permissions: aScope() });
    const [all2, byUser2, byRoom2, rooms2, users2] = await lists();
    expect(all2.total).toBe(all.total + 1);
    expect(byUser2.total).toBe(byUser.total + 1);
    expect(byRoom2.total).toBe(byRoom.total + 1);
    expect(rooms2.total).toBe(rooms.total + 1);
    expect(users2.users.find((u) => u.userId === seed.developer.id)?.count).toBe(
      (users.users.find((u) => u.userId === seed.developer.id)?.count ?? 0) + 1,
    );
    await server.admin.updateRoom(pid(), room.id, { name: "final-drafts" });
    const renamed = await server.admin.listRoomGrantsByUser(pid(), seed.developer.id);
    expect(renamed.roomGrants.map((g) => g.room.name)).toContain("final-drafts");
    await server.admin.deleteRoom(pid(), room.id);
    expect((await server.admin.listRoomGrants(pid(), { limit: 100 })).total).toBe(all.total);
  });

  it("one caller's `me` page is never served to another caller", async () => {
    const mine = await seed.member.client.listRoomGrantsByUser(pid(), "me");
    const theirs = await seed.developer.client.listRoomGrantsByUser(pid(), "me");
    expect(mine.roomGrants.every((g) => g.userId === seed.member.id)).toBe(true);
    expect(theirs.roomGrants.every((g) => g.userId === seed.developer.id)).toBe(true);
    expect(mine.total).not.toBe(0);
  });
});
