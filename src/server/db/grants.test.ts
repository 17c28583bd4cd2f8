import { afterAll, beforeAll, expect, it } from "vitest";
import { bootstrapAdmin } from "../bootstrap.ts";
import { aScope } from "../testing/scopes.ts";
import { deleteGrant, insertGrant, listGrants, listUsersWithGrants } from "./grants.ts";
import { insertMember } from "./members.ts";
import { type Db, openDb } from "./open.ts";
import { insertProject } from "./projects.ts";
import { insertRoom } from "./rooms.ts";
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

const page = (offset: number, order: "room_name" | "-room_name" = "room_name") =>
  listGrants(db, projectId, { limit: 5, offset, order });

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
