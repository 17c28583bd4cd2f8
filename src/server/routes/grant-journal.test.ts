import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meshagent } from "#api/client.ts";
import { BULK_HEADER } from "#api/schemas/bulk-header.ts";
import { expectError, send } from "../testing/http.ts";
import { aScope, readOnly, readWrite } from "../testing/scopes.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
});
afterAll(() => server.close());

const pid = () => seed.project.id;
const journalPath = () => `/local/projects/${pid()}/grant-journal`;
const readOnlyData = aScope({ livekit: {}, storage: readOnly("/data") });
const writeData = aScope({ livekit: {}, storage: readWrite("/data") });

describe("the change journal", () => {
  it("records a grant's create, change and revoke with who, before, after and the bulk change", async () => {
    const room = await server.admin.createRoom(pid(), { name: "journal-1" });
    const ids = { roomId: room.id, userId: seed.member.id };
    await server.admin.createRoomGrant(pid(), { ...ids, permissions: readOnlyData }, { bulkId: "bulk-1" });
    await server.admin.updateRoomGrant(pid(), { ...ids, permissions: writeData }, { bulkId: "bulk-1" });
    await server.admin.deleteRoomGrant(pid(), room.id, seed.member.id);
    const me = await server.admin.whoami();

    const { entries, total } = await server.admin.listGrantJournal(pid(), { room: "journal-1" });
    expect(total).toBe(3);
    expect(entries.map((e) => [e.before, e.after, e.bulkId])).toEqual([
      [writeData, null, null],
      [readOnlyData, writeData, "bulk-1"],
      [null, readOnlyData, "bulk-1"],
    ]);
    expect(entries[0]).toMatchObject({
      roomId: room.id,
      roomName: "journal-1",
      userId: seed.member.id,
      userEmail: seed.member.email,
      actorId: me.id,
      actorEmail: me.email,
      source: "local",
    });
  });

  it("an update that changes nothing is not an entry", async () => {
    const room = await server.admin.createRoom(pid(), { name: "journal-same" });
    const ids = { roomId: room.id, userId: seed.member.id };
    await server.admin.createRoomGrant(pid(), { ...ids, permissions: writeData });
    await server.admin.updateRoomGrant(pid(), { ...ids, permissions: writeData });
    expect((await server.admin.listGrantJournal(pid(), { room: room.id })).total).toBe(1);
  });

  it("grants removed with their room or their member are recorded as revoked", async () => {
    const leaving = await server.newUser();
    await server.admin.addMember(pid(), leaving.id);
    const room = await server.admin.createRoom(pid(), {
      name: "journal-gone",
      permissions: { [leaving.id]: writeData, [seed.developer.id]: readOnlyData },
    });
    await server.admin.removeMember(pid(), leaving.id);
    await server.admin.deleteRoom(pid(), room.id);
    const { entries } = await server.admin.listGrantJournal(pid(), { room: room.id });
    expect(entries.map((e) => [e.userId, e.before === null, e.after === null])).toEqual([
      [seed.developer.id, false, true],
      [leaving.id, false, true],
      [seed.developer.id, true, false],
      [leaving.id, true, false],
    ]);
  });

  it("filters by bulk change, member and time, and pages newest first", async () => {
    const room = await server.admin.createRoom(pid(), { name: "journal-filter" });
    const before = new Date().toISOString();
    await server.admin.createRoomGrant(
      pid(),
      { roomId: room.id, userId: seed.developer.id, permissions: writeData },
      { bulkId: "bulk-2" },
    );
    const byBulk = await server.admin.listGrantJournal(pid(), { bulk_id: "bulk-2" });
    expect(byBulk.entries.map((e) => e.roomName)).toEqual(["journal-filter"]);
    const since = await server.admin.listGrantJournal(pid(), { since: before, user_id: seed.developer.id });
    expect(since.total).toBe(1);
    // The member and the actor are found by e-mail too, whatever its case.
    const email = seed.developer.email.toUpperCase();
    expect((await server.admin.listGrantJournal(pid(), { since: before, user_id: email })).total).toBe(1);
    const admin = await server.admin.whoami();
    const byActor = await server.admin.listGrantJournal(pid(), { since: before, actor_id: admin.email ?? "" });
    expect(byActor.entries.map((e) => e.actorId)).toEqual([admin.id]);
    const all = await server.admin.listGrantJournal(pid(), { limit: 2, offset: 1 });
    expect(all.entries.length).toBe(2);
    expect(all.total).toBeGreaterThan(3);
    expect(all.entries[0]?.id ?? 0).toBeGreaterThan(all.entries[1]?.id ?? 0);
  });

  it("a malformed bulk header is a 400 naming it, and nothing is written", async () => {
    const room = await server.admin.createRoom(pid(), { name: "journal-bad" });
    const response = await send(server, "POST", `${seed.path}/room-grants`, {
      body: { room_id: room.id, user_id: seed.member.id, permissions: { livekit: {} } },
      headers: { [BULK_HEADER]: "not ok!" },
    });
    expectError(response, 400, BULK_HEADER);
    expect((await server.admin.listRoomGrantsByRoom(pid(), "journal-bad")).roomGrants).toEqual([]);
    expectError(await send(server, "GET", `${journalPath()}?since=yesterday`), 400, "since");
  });

  it("only the project's admins read it", async () => {
    expectError(await send(server, "GET", journalPath(), { token: seed.member.token }), 403);
    expectError(await send(server, "GET", journalPath(), { token: seed.outsider.token }), 404);
    expectError(await send(server, "GET", journalPath(), { token: null }), 401);
  });
});

describe("the change journal through --upstream", () => {
  it("records what the proxy passed through, with the upstream's before and after", async () => {
    const proxy = await startTestServer({ upstream: server.baseUrl });
    try {
      const viaProxy = new Meshagent({ baseUrl: proxy.baseUrl, token: server.adminToken });
      const room = await server.admin.createRoom(pid(), { name: "journal-upstream" });
      const ids = { roomId: room.id, userId: seed.member.id };
      await viaProxy.createRoomGrant(pid(), { ...ids, permissions: readOnlyData }, { bulkId: "up-1" });
      await viaProxy.updateRoomGrant(pid(), { ...ids, permissions: writeData }, { bulkId: "up-1" });
      await viaProxy.deleteRoomGrant(pid(), room.id, seed.member.id);
      // A write the upstream refuses is not recorded.
      await expect(viaProxy.deleteRoomGrant(pid(), room.id, seed.member.id)).rejects.toThrow();

      const { entries } = await viaProxy.listGrantJournal(pid());
      expect(entries.map((e) => [e.roomName, e.before, e.after, e.bulkId, e.source])).toEqual([
        ["journal-upstream", writeData, null, null, "upstream"],
        ["journal-upstream", readOnlyData, writeData, "up-1", "upstream"],
        ["journal-upstream", null, readOnlyData, "up-1", "upstream"],
      ]);
      expect(entries[0]?.actorId).toMatch(/^token:[0-9a-f]{12}$/);
      expect(JSON.stringify(entries)).not.toContain(server.adminToken);
      // Reading it needs the right to read the project's grants upstream.
      expectError(await send(proxy, "GET", journalPath(), { token: seed.member.token }), 403);
    } finally {
      await proxy.close();
    }
  });
});
