import type { Context } from "hono";
import { Hono } from "hono";
import { limitOffsetQuerySchema } from "#api/schemas/page.ts";
import { createRoomGrantBodySchema, updateRoomGrantBodySchema } from "#api/schemas/room-grant.ts";
import { type AppEnv, adminOnly, type ProjectAccess, projectAccess, requireAdmin } from "../auth.ts";
import {
  deleteGrant,
  getGrant,
  grantOrders,
  grantsPageText,
  grantText,
  insertGrant,
  listGrants,
  listGrantsByRoom,
  listGrantsByUser,
  listRoomsWithGrants,
  listUsersWithGrants,
  updateGrant,
} from "../db/grants.ts";
import { getMember, insertMember } from "../db/members.ts";
import { memoAt } from "../db/memo.ts";
import { getRoomById, getRoomByNameOrId } from "../db/rooms.ts";
import { getUserByEmail, insertUser } from "../db/users.ts";
import { conflict, fieldError, notFound } from "../http/errors.ts";
import { jsonText } from "../http/json-text.ts";
import { orderBy, page } from "../http/page.ts";
import { readBody, readQuery } from "../http/validate.ts";
import { journaledWrite } from "./grant-journal.ts";

export const roomGrantRoutes = new Hono<AppEnv>();
const G = "/accounts/projects/:projectId/room-grants";

/**
 * A list page, kept until the next write to the database (see db/memo.ts): admins page the same views
 * over and over while grants change rarely. The key names everything the answer depends on. The
 * bytes are kept, not the text, so a repeat costs no UTF-8 encoding of a 30 kB body.
 */
const cachedPage = (c: Context<AppEnv>, key: unknown[], compute: () => string) =>
  jsonText(
    c,
    // GET handlers write nothing, so the state label read at authentication still holds here.
    memoAt(
      c.get("db"),
      c.get("readVersion"),
      JSON.stringify(["page", ...key]),
      () => new Uint8Array(Buffer.from(compute())),
    ),
  );

/** Admins read every grant; anyone may read their own (`me` or their id). */
function grantReader(c: Context<AppEnv>, userId?: string): ProjectAccess {
  const access = projectAccess(c);
  if (userId === access.principal.user.id) return access;
  return adminOnly(access, "read other members' grants");
}

// The fixed segments (by-room, by-user) are registered before `{room}/{user}` so that they win.
roomGrantRoutes.get(`${G}/by-room`, (c) => {
  const { project } = requireAdmin(c, "read grants");
  const p = page(readQuery(c, limitOffsetQuerySchema), 50);
  return cachedPage(c, ["rooms-with-grants", project.id, p], () => listRoomsWithGrants(c.get("db"), project.id, p));
});

roomGrantRoutes.get(`${G}/by-user`, (c) => {
  const { project } = requireAdmin(c, "read grants");
  const p = page(readQuery(c, limitOffsetQuerySchema));
  return cachedPage(c, ["users-with-grants", project.id, p], () =>
    JSON.stringify(listUsersWithGrants(c.get("db"), project.id, p)),
  );
});

roomGrantRoutes.get(`${G}/by-room/:room`, (c) => {
  const { project } = requireAdmin(c, "read grants");
  const room = getRoomByNameOrId(c.get("db"), project.id, c.req.param("room"));
  if (!room) throw notFound("room not found");
  const p = page(readQuery(c, limitOffsetQuerySchema), 50);
  return cachedPage(c, ["grants-by-room", room.id, p], () => {
    const { rows, total } = listGrantsByRoom(c.get("db"), room.id, p);
    return grantsPageText(rows, total);
  });
});

roomGrantRoutes.get(`${G}/by-user/:userId`, (c) => {
  const me = c.get("principal").user.id;
  const userId = c.req.param("userId") === "me" ? me : c.req.param("userId");
  const { project } = grantReader(c, userId);
  const q = readQuery(c, limitOffsetQuerySchema);
  const p = { ...page(q), order: orderBy(grantOrders, q.order_by) };
  return cachedPage(c, ["grants-by-user", project.id, userId, p], () => {
    const { rows, total } = listGrantsByUser(c.get("db"), project.id, userId, p);
    return grantsPageText(rows, total);
  });
});

roomGrantRoutes.get(G, (c) => {
  const { project } = requireAdmin(c, "read grants");
  const q = readQuery(c, limitOffsetQuerySchema);
  const p = { ...page(q, 50), order: orderBy(grantOrders, q.order_by) };
  return cachedPage(c, ["grants", project.id, p], () => {
    const { rows, total } = listGrants(c.get("db"), project.id, p);
    return grantsPageText(rows, total);
  });
});

roomGrantRoutes.post(G, async (c) => {
  const { project } = requireAdmin(c, "grant room access");
  const body = await readBody(c, createRoomGrantBodySchema);
  const db = c.get("db");
  const room = getRoomById(db, project.id, body.room_id);
  if (!room) throw fieldError("room_id", "no room in this project has this id");
  const userId = db.transaction(() => {
    if (body.user_id) {
      if (!getMember(db, project.id, body.user_id)) throw fieldError("user_id", "is not a member of this project");
      return body.user_id;
    }
    // By e-mail: an unknown address becomes an invited user, and a member of the project.
    const email = body.email ?? "";
    const user = getUserByEmail(db, email) ?? insertUser(db, { email, invited: true });
    if (!getMember(db, project.id, user.id)) insertMember(db, project.id, user.id, {});
    return user.id;
  })();
  if (getGrant(db, project.id, room.id, userId)) {
    throw conflict(
      `This user already has a grant in ${room.name}: update it instead`,
      body.user_id ? "user_id" : "email",
    );
  }
  journaledWrite(c, () =>
    insertGrant(db, { projectId: project.id, roomId: room.id, roomName: room.name, userId, scope: body.permissions }),
  );
  return c.json({}, 201);
});

roomGrantRoutes.put(`${G}/:grantId`, async (c) => {
  const { project } = requireAdmin(c, "change grants");
  const body = await readBody(c, updateRoomGrantBodySchema);
  if (!journaledWrite(c, () => updateGrant(c.get("db"), project.id, body.room_id, body.user_id, body.permissions))) {
    throw notFound("This user has no grant in this room");
  }
  return c.json({});
});

roomGrantRoutes.get(`${G}/:roomId/:userId`, (c) => {
  const { project } = grantReader(c, c.req.param("userId"));
  const grant = getGrant(c.get("db"), project.id, c.req.param("roomId"), c.req.param("userId"));
  if (!grant) throw notFound("This user has no grant in this room");
  return jsonText(c, grantText(grant));
});

roomGrantRoutes.delete(`${G}/:roomId/:userId`, (c) => {
  const { project } = requireAdmin(c, "revoke grants");
  const { roomId, userId } = c.req.param();
  if (!journaledWrite(c, () => deleteGrant(c.get("db"), project.id, roomId, userId))) {
    throw notFound("This user has no grant in this room");
  }
  return c.json({});
});
