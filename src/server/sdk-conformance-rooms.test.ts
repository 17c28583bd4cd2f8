import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectRoomGrant } from "#api/schemas/room-grant.ts";
import { getProject } from "./db/projects.ts";
import {
  CORE_SDK_METHODS,
  compactWithoutSqlite,
  countingSdk,
  ROOM_SDK_METHODS,
  richSdkScope,
  type SdkClient,
  sdk,
} from "./testing/sdk.ts";
import type { TestUser } from "./testing/seed.ts";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

// The official SDK drives rooms and room grants; our client must parse every answer as the SDK does.
// Permissions are compared as the SDK's `toJSON()` against our compact form minus `sqlite`, a grant
// the SDK 0.39.9 does not know.

const called = new Set<string>();
let server: TestServer;
let admin: SdkClient;
let adminId = "";
let member: TestUser;
let projectId = "";
const scope = richSdkScope();

beforeAll(async () => {
  server = await startTestServer();
  admin = countingSdk(server.baseUrl, server.adminToken, called);
  adminId = (await server.admin.whoami()).id;
  projectId = (await server.admin.createProject("Rooms")).id;
  member = await server.newUser("member@example.com");
  await server.admin.addMember(projectId, member.id);
});
afterAll(() => server.close());

type SdkGrant = Awaited<ReturnType<SdkClient["getRoomGrant"]>>;
const asSdkGrant = (g: ProjectRoomGrant) => ({
  room: g.room,
  userId: g.userId,
  permissions: compactWithoutSqlite(g.permissions),
});
const sdkGrant = (g: SdkGrant) => ({ room: g.room, userId: g.userId, permissions: g.permissions.toJSON() });

describe("rooms", () => {
  it("creates a room with initial grants given as ApiScope instances", async () => {
    const room = await admin.createRoom({
      projectId,
      name: "atrium",
      metadata: { floor: 1, tags: ["a"] },
      annotations: { team: "web" },
      permissions: { [adminId]: scope, [member.id]: sdk.ApiScope.userDefault() },
    });
    expect(room).toMatchObject({ name: "atrium", metadata: { floor: 1, tags: ["a"] }, annotations: { team: "web" } });
    expect(await server.admin.getRoom(projectId, "atrium")).toEqual(room);
    expect(await admin.createRoom({ projectId, name: "atrium", ifNotExists: true })).toEqual(room);

    const theirs = await admin.getRoomGrant(projectId, room.id, adminId);
    expect(theirs.permissions.toJSON()).toEqual(scope.toJSON());
    expect(asSdkGrant(await server.admin.getRoomGrant(projectId, room.id, adminId))).toEqual(sdkGrant(theirs));
    const memberGrant = await admin.getRoomGrant(projectId, room.id, member.id);
    expect(memberGrant.permissions.toJSON()).toEqual(sdk.ApiScope.userDefault().toJSON());
  });

  it("keeps a grant the SDK cannot model (sqlite) and drops it only from the SDK's view", async () => {
    // createRoom passes values that are not ApiScope instances through untouched.
    const permissions = { [adminId]: { livekit: {}, sqlite: { databases: [{ name: "main", read: true }] } } };
    const room = await admin.createRoom({ projectId, name: "boiler", permissions } as never);
    const ours = await server.admin.getRoomGrant(projectId, room.id, adminId);
    expect(ours.permissions.sqlite?.databases?.[0]?.name).toBe("main");
    const theirs = await admin.getRoomGrant(projectId, room.id, adminId);
    expect(theirs.permissions.toJSON()).toEqual({ livekit: {} });
    expect(asSdkGrant(ours)).toEqual(sdkGrant(theirs));
  });

  it("reads, renames, lists and deletes rooms", async () => {
    const cellar = await admin.createRoom({ projectId, name: "cellar" });
    expect(await admin.getRoom(projectId, "cellar")).toEqual(await server.admin.getRoom(projectId, "cellar"));
    await admin.updateRoom(projectId, cellar.id, "dungeon", { metadata: { damp: true }, annotations: { k: "v" } });
    const renamed = await admin.getRoom(projectId, "dungeon");
    expect(renamed).toEqual({ id: cellar.id, name: "dungeon", metadata: { damp: true }, annotations: { k: "v" } });
    expect(await server.admin.getRoom(projectId, "dungeon")).toEqual(renamed);

    const listed = await admin.listRooms(projectId, { limit: 2, offset: 1, orderBy: "room_name" });
    const ours = await server.admin.listRooms(projectId, { limit: 2, offset: 1, orderBy: "room_name" });
    expect(ours.rooms).toEqual(listed);
    expect(listed.map((r) => r.name)).toEqual(["boiler", "dungeon"]);

    await admin.deleteRoom(projectId, cellar.id);
    await expect(admin.getRoom(projectId, "dungeon")).rejects.toThrow(/Status code: 404/);
    expect((await admin.listRooms(projectId)).map((r) => r.name)).toEqual(["atrium", "boiler"]);
  });

  it("connects with a participant token whose api grant is the caller's room grant", async () => {
    const info = await admin.connectRoom(projectId, "atrium");
    const ours = await server.admin.connectRoom(projectId, "atrium");
    expect({ ...ours, jwt: "" }).toEqual({ ...info, jwt: "" });
    const secret = getProject(server.db, projectId)?.signing_secret;
    const token = await sdk.ParticipantToken.fromJwt(info.jwt, { token: secret });
    expect(token).toMatchObject({ name: "admin@localhost", projectId, role: "user" });
    expect(token.grantScope("room")).toBe("atrium");
    expect(token.getApiGrant()?.toJSON()).toEqual(scope.toJSON());
  });
});

describe("room grants", () => {
  let atrium = "";
  let boiler = "";
  beforeAll(async () => {
    atrium = (await admin.getRoom(projectId, "atrium")).id;
    boiler = (await admin.getRoom(projectId, "boiler")).id;
  });

  it("creates grants by user id and by e-mail (inviting an unknown address), and reads them back", async () => {
    const storageOnly = new sdk.ApiScope({
      storage: new sdk.StorageGrant({ paths: [new sdk.StoragePathGrant({ path: "/reports", readOnly: true })] }),
      queues: new sdk.QueuesGrant({ receive: ["reports"] }),
    });
    await admin.createRoomGrant({ projectId, roomId: boiler, userId: member.id, permissions: storageOnly });
    await expect(
      admin.createRoomGrant({ projectId, roomId: boiler, userId: member.id, permissions: storageOnly }),
    ).rejects.toThrow(/Status code: 409/);
    const theirs = await admin.getRoomGrant(projectId, boiler, member.id);
    expect(theirs.permissions.toJSON()).toEqual(storageOnly.toJSON());
    expect(theirs.permissions.storage?.canWrite("/reports/q1.pdf")).toBe(false);
    expect(asSdkGrant(await server.admin.getRoomGrant(projectId, boiler, member.id))).toEqual(sdkGrant(theirs));

    await admin.createRoomGrantByEmail({
      projectId,
      roomId: atrium,
      email: "guest@example.com",
      permissions: sdk.ApiScope.agentDefault({ tunnels: true }),
    });
    const users = await admin.listUniqueUsersWithGrants(projectId, { filter: "guest@" });
    expect(users).toEqual([
      { userId: expect.any(String), count: 1, firstName: null, lastName: null, email: "guest@example.com" },
    ]);
    const guestGrant = await admin.getRoomGrant(projectId, atrium, users[0]?.userId ?? "");
    expect(guestGrant.permissions.toJSON()).toEqual(sdk.ApiScope.agentDefault({ tunnels: true }).toJSON());
  });

  it("updates a grant by room and user, ignoring the grant id in the path", async () => {
    const next = new sdk.ApiScope({
      tunnels: new sdk.TunnelsGrant({ ports: ["3000"] }),
      containers: new sdk.ContainersGrant({ registry: new sdk.ContainerRegistryGrant({ list: ["*"] }) }),
    });
    await admin.updateRoomGrant({ projectId, roomId: boiler, userId: member.id, permissions: next });
    expect((await admin.getRoomGrant(projectId, boiler, member.id)).permissions.toJSON()).toEqual(next.toJSON());
    await admin.updateRoomGrant({ projectId, roomId: boiler, userId: member.id, permissions: scope, grantId: "g-1" });
    const theirs = await admin.getRoomGrant(projectId, boiler, member.id);
    expect(theirs.permissions.toJSON()).toEqual(scope.toJSON());
    expect(asSdkGrant(await server.admin.getRoomGrant(projectId, boiler, member.id))).toEqual(sdkGrant(theirs));
  });

  it("lists grants of the project, of a user (by id and as me) and of a room (by its id)", async () => {
    const all = await admin.listRoomGrants(projectId, { limit: 10, offset: 1, orderBy: "room_name" });
    const ours = await server.admin.listRoomGrants(projectId, { limit: 10, offset: 1, orderBy: "room_name" });
    expect(all).toHaveLength(4);
    expect(ours.roomGrants.map(asSdkGrant)).toEqual(all.map(sdkGrant));

    const byUser = await admin.listRoomGrantsByUser(projectId, member.id, { limit: 10 });
    expect(byUser.map((g) => g.room.name)).toEqual(["atrium", "boiler"]);
    expect(
      (await server.admin.listRoomGrantsByUser(projectId, member.id, { limit: 10 })).roomGrants.map(asSdkGrant),
    ).toEqual(byUser.map(sdkGrant));
    const asMember = countingSdk(server.baseUrl, member.token, called);
    expect((await asMember.listRoomGrantsByUser(projectId, "me")).map(sdkGrant)).toEqual(byUser.map(sdkGrant));
    await expect(asMember.listRoomGrantsByUser(projectId, adminId)).rejects.toThrow(/Status code: 403/);

    const byRoom = await admin.listRoomGrantsByRoom(projectId, atrium, { limit: 10 });
    expect(byRoom).toHaveLength(3);
    const ourByRoom = await server.admin.listRoomGrantsByRoom(projectId, atrium, { limit: 10 });
    expect(ourByRoom.roomGrants.map(asSdkGrant)).toEqual(byRoom.map(sdkGrant));
    const byName = await server.admin.listRoomGrantsByRoom(projectId, "atrium", { limit: 10 });
    expect(byName).toEqual(ourByRoom);
  });

  it("counts grants per room and per user", async () => {
    const rooms = await admin.listUniqueRoomsWithGrants(projectId, { limit: 10 });
    expect(rooms.map((r) => [r.room.name, r.count])).toEqual([
      ["atrium", 3],
      ["boiler", 2],
    ]);
    expect((await server.admin.listUniqueRoomsWithGrants(projectId, { limit: 10 })).rooms).toEqual(rooms);

    const page = await admin.listUniqueUsersWithGrantsPage(projectId, { limit: 2, offset: 1 });
    const ours = await server.admin.listUniqueUsersWithGrants(projectId, { limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(ours).toEqual(page);
    const everyone = await admin.listUniqueUsersWithGrants(projectId);
    expect(everyone.map((u) => [u.email, u.count])).toEqual([
      ["admin@localhost", 2],
      ["guest@example.com", 1],
      ["member@example.com", 2],
    ]);
  });

  it("deletes a grant, and a room with its grants", async () => {
    await admin.deleteRoomGrant(projectId, boiler, member.id);
    await expect(admin.getRoomGrant(projectId, boiler, member.id)).rejects.toThrow(/Status code: 404/);
    await admin.deleteRoom(projectId, boiler);
    expect((await admin.listRoomGrants(projectId)).map((g) => g.room.name)).toEqual(["atrium", "atrium", "atrium"]);
  });
});

describe("coverage", () => {
  it("exercised every SDK method of this file, and at least 30 across the suite", () => {
    expect([...called].sort()).toEqual(ROOM_SDK_METHODS.toSorted());
    expect(new Set([...CORE_SDK_METHODS, ...ROOM_SDK_METHODS]).size).toBeGreaterThanOrEqual(30);
  });
});
