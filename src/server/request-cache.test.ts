import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meshagent } from "#api/client.ts";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "#api/errors.ts";
import { parseScope } from "#api/scope/forms.ts";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

// The caller, their membership and list pages are cached until the next write (cache/version-cache.ts). These
// tests warm each cache, change what it holds, and check the very next request sees the change.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const twice = async <T>(read: () => Promise<T>): Promise<T> => {
  await read();
  return read();
};

describe("answers cached between writes", () => {
  it("a deleted API key stops working on the next request", async () => {
    const project = await server.admin.createProject("Keys");
    const key = await server.admin.createApiKey(project.id, "warm");
    const asKey = new Meshagent({ baseUrl: server.baseUrl, token: key.value });
    await twice(() => asKey.listRooms(project.id));
    await server.admin.deleteApiKey(project.id, key.id);
    await expect(asKey.listRooms(project.id)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("an admin who loses the flag, then the membership, loses access on the next request", async () => {
    const project = await server.admin.createProject("Roles");
    const other = await server.newUser();
    await server.admin.addMember(project.id, other.id, { isAdmin: true });
    await twice(() => other.client.listRoomGrants(project.id));
    await server.admin.updateMember(project.id, other.id, {
      isAdmin: false,
      isDeveloper: false,
      canCreateRooms: false,
      canUseLlmProxy: false,
    });
    await expect(other.client.listRoomGrants(project.id)).rejects.toBeInstanceOf(ForbiddenError);
    await server.admin.removeMember(project.id, other.id);
    await expect(other.client.listRooms(project.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a grant list shows a new grant, and a changed one, on the next request", async () => {
    const project = await server.admin.createProject("Pages");
    const room = await server.admin.createRoom(project.id, { name: "hall" });
    const me = (await server.admin.whoami()).id;
    expect((await twice(() => server.admin.listRoomGrants(project.id))).total).toBe(0);
    await server.admin.createRoomGrant(project.id, {
      roomId: room.id,
      userId: me,
      permissions: parseScope({ messaging: {} }),
    });
    const after = await server.admin.listRoomGrants(project.id);
    expect(after.roomGrants.map((g) => g.permissions.messaging)).toEqual([{ broadcast: true, list: true, send: true }]);
    await server.admin.updateRoomGrant(project.id, {
      roomId: room.id,
      userId: me,
      permissions: parseScope({ queues: {} }),
    });
    const changed = await server.admin.listRoomGrantsByUser(project.id, "me");
    expect([changed.roomGrants[0]?.permissions.messaging, changed.roomGrants[0]?.permissions.queues]).toEqual([
      null,
      { send: null, receive: null, list: true },
    ]);
  });
  it("grant pages read before show a renamed room, a new grant and a revoked one", async () => {
    const project = await server.admin.createProject("Rows");
    const me = (await server.admin.whoami()).id;
    const rooms = await Promise.all(["a", "b", "c"].map((name) => server.admin.createRoom(project.id, { name })));
    for (const room of rooms.slice(0, 2)) {
      await server.admin.createRoomGrant(project.id, { roomId: room.id, userId: me, permissions: parseScope({}) });
    }
    const names = async () => {
      const pages = [await server.admin.listRoomGrants(project.id, { limit: 1, offset: 1 })];
      pages.push(await server.admin.listRoomGrants(project.id));
      return pages.map((p) => p.roomGrants.map((g) => g.room.name));
    };
    expect(await twice(names)).toEqual([["b"], ["a", "b"]]);
    const [a, b, c] = rooms;
    if (!a || !b || !c) throw new Error("rooms not created");
    await server.admin.updateRoom(project.id, b.id, { name: "b2" });
    expect(await names()).toEqual([["b2"], ["a", "b2"]]);
    await server.admin.createRoomGrant(project.id, { roomId: c.id, userId: me, permissions: parseScope({}) });
    await server.admin.deleteRoomGrant(project.id, a.id, me);
    expect(await names()).toEqual([["c"], ["b2", "c"]]);
  });
});
