import { afterAll, beforeAll, expect, it } from "vitest";
import { roomGrantsPageSchema } from "#api/schemas/room-grant.ts";
import { bootstrapAdmin } from "../bootstrap.ts";
import { aScope } from "../testing/scopes.ts";
import { listGrants } from "./grant-pages.ts";
import { deleteGrant, insertGrant, listUsersWithGrants, updateGrant } from "./grants.ts";
import { insertMember } from "./members.ts";
import { type Db, openDb } from "./open.ts";
import { insertProject } from "./projects.ts";
import { getRoomById, insertRoom, updateRoom } from "./rooms.ts";
import { insertUser } from "./users.ts";

// Deep pages are cut from a memoised order: they must match what OFFSET would give, before and
// after a write.
let db: Db;
let projectId = "";
const expected: { room: string; user: string; roomId: string }[] = [];
beforeAll(() => {
  db = openDb(":memory:");
  const { admin } = bootstrapAdmin(db, "token");
  projectId = insertProject(db, { name: "Deep", ownerUserId: admin.id }).id;
  const users = Array.from({ length: 400 }, (_, i) => insertUser(db, { email: `u${i}@example.com` }).id);
  for (const id of users) insertMember(db, projectId, id, {});
  db.transaction(() => {
    for (const name of ["alpha", "bravo", "charlie"]) {
      const room = insertRoom(db, { projectId, name });
      for (const userId of users) {
        insertGrant(db, { projectId, roomId: room.id, roomName: name, userId, scope: aScope() });
        expected.push({ room: name, user: userId, roomId: room.id });
      }
    }
  })();
  expected.sort((a, b) => a.room.localeCompare(b.room) || (a.user < b.user ? -1 : 1));
});
afterAll(() => db.close());

const grantsAt = (offset: number, order: "room_name" | "-room_name" = "room_name") =>
  roomGrantsPageSchema.parse(
    JSON.parse(new TextDecoder().decode(listGrants(db, projectId, { limit: 5, offset, order }))),
  );
const page = (offset: number, order: "room_name" | "-room_name" = "room_name") => {
  const { roomGrants, total } = grantsAt(offset, order);
  return { rows: roomGrants.map((g) => ({ name: g.room.name, user_id: g.userId })), total };
};

it("cuts deep pages in the same order as shallow ones, in both directions", () => {
  const deep = page(1195);
  expect(deep.total).toBe(1200);
  expect(deep.rows.map((r) => [r.name, r.user_id])).toEqual(expected.slice(1195).map((e) => [e.room, e.user]));
  expect(page(995).rows.map((r) => r.user_id)).toEqual(expected.slice(995, 1000).map((e) => e.user));
  const reversed = [...expected].sort((a, b) => b.room.localeCompare(a.room) || (a.user < b.user ? -1 : 1));
  expect(page(1100, "-room_name").rows.map((r) => [r.name, r.user_id])).toEqual(
    reversed.slice(1100, 1105).map((e) => [e.room, e.user]),
  );
});

it("sees a deleted grant on the next deep page and in the totals", () => {
  const gone = expected[1196];
  if (!gone) throw new Error("fixture too small");
  expect(deleteGrant(db, projectId, gone.roomId, gone.user)).toBe(true);
  const after = page(1195);
  expect(after.total).toBe(1199);
  expect(after.rows.map((r) => r.user_id)).toEqual(
    expected
      .filter((e) => e !== gone)
      .slice(1195)
      .map((e) => e.user),
  );
  const users = listUsersWithGrants(db, projectId, { limit: 1000, offset: 0 });
  expect(users.total).toBe(400);
  expect(users.users.find((u) => u.user_id === gone.user)?.count).toBe(2);
});

// Each grant's JSON is kept between writes (cache/row-json.ts): a write must show on pages already read.
it("shows a changed grant and a renamed room on pages whose rows were read before", () => {
  const deep = grantsAt(1100).roomGrants[2];
  const shallow = grantsAt(10).roomGrants[0];
  if (!deep || !shallow) throw new Error("fixture too small");
  expect(deep.permissions.tunnels).toBeNull();
  updateGrant(db, projectId, deep.room.id, deep.userId, aScope({ tunnels: {} }));
  expect(grantsAt(1100).roomGrants[2]?.permissions.tunnels).not.toBeNull();

  const room = getRoomById(db, projectId, shallow.room.id);
  if (!room) throw new Error("room not found");
  updateRoom(db, room, { name: "aardvark", metadata: { floor: 2 } });
  const renamed = grantsAt(10).roomGrants[0];
  expect([renamed?.userId, renamed?.room.name, renamed?.room.metadata]).toEqual([
    shallow.userId,
    "aardvark",
    { floor: 2 },
  ]);
  expect(grantsAt(1195).total).toBe(1199);
});
