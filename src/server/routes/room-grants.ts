import type { Context } from "hono";
import { projectRoomGrantSchema, roomGrantCountsPageSchema, roomGrantsPageSchema } from "#api/schemas/room-grant.ts";
import { type AppEnv, adminOnly, type ProjectAccess, projectAccess, requireAdmin } from "../auth.ts";
import { listGrants, listGrantsByRoom, listGrantsByUser } from "../db/grant-pages.ts";
import {
  deleteGrant,
  getGrant,
  grantOrders,
  grantText,
  insertGrant,
  listRoomsWithGrants,
  listUsersWithGrants,
  updateGrant,
} from "../db/grants.ts";
import { getMember, insertMember } from "../db/members.ts";
import { getRoomById, getRoomByNameOrId } from "../db/rooms.ts";
import { getUserByEmail, insertUser } from "../db/users.ts";
import { conflict, fieldError, notFound } from "../http/errors.ts";
import { orderBy, page } from "../http/page.ts";
import { created, defineRoutes, jsonText } from "../http/route-types.ts";
import { journaledWrite } from "./grant-journal.ts";

/** Admins read every grant; anyone may read their own (`me` or their id). */
function grantReader(c: Context<AppEnv>, userId?: string): ProjectAccess {
  const access = projectAccess(c);
  if (userId === access.principal.user.id) return access;
  return adminOnly(access, "read other members' grants");
}

const grantsPage = (json: Uint8Array<ArrayBuffer>) => jsonText(roomGrantsPageSchema, json);

export const roomGrantRoutes = defineRoutes({
  listUniqueRoomsWithGrants: (c, { query }) => {
    const { project } = requireAdmin(c, "read grants");
    return jsonText(roomGrantCountsPageSchema, listRoomsWithGrants(c.get("db"), project.id, page(query(), 50)));
  },

  listUniqueUsersWithGrants: (c, { query }) => {
    const { project } = requireAdmin(c, "read grants");
    return listUsersWithGrants(c.get("db"), project.id, page(query()));
  },

  listRoomGrantsByRoom: (c, { params, query }) => {
    const { project } = requireAdmin(c, "read grants");
    const room = getRoomByNameOrId(c.get("db"), project.id, params.room);
    if (!room) throw notFound("room not found");
    return grantsPage(listGrantsByRoom(c.get("db"), room.id, page(query(), 50)));
  },

  listRoomGrantsByUser: (c, { params, query }) => {
    const userId = params.userId === "me" ? c.get("principal").user.id : params.userId;
    const { project } = grantReader(c, userId);
    const q = query();
    const p = { ...page(q), order: orderBy(grantOrders, q.order_by) };
    return grantsPage(listGrantsByUser(c.get("db"), project.id, userId, p));
  },

  listRoomGrants: (c, { query }) => {
    const { project } = requireAdmin(c, "read grants");
    const q = query();
    const p = { ...page(q, 50), order: orderBy(grantOrders, q.order_by) };
    return grantsPage(listGrants(c.get("db"), project.id, p));
  },

  createRoomGrant: (c, request) => {
    const { project } = requireAdmin(c, "grant room access");
    const body = request.body();
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
    return created({});
  },

  updateRoomGrant: (c, request) => {
    const { project } = requireAdmin(c, "change grants");
    const body = request.body();
    if (!journaledWrite(c, () => updateGrant(c.get("db"), project.id, body.room_id, body.user_id, body.permissions))) {
      throw notFound("This user has no grant in this room");
    }
    return {};
  },

  getRoomGrant: (c, { params }) => {
    const { project } = grantReader(c, params.userId);
    const grant = getGrant(c.get("db"), project.id, params.roomId, params.userId);
    if (!grant) throw notFound("This user has no grant in this room");
    return jsonText(projectRoomGrantSchema, grantText(grant));
  },

  deleteRoomGrant: (c, { params }) => {
    const { project } = requireAdmin(c, "revoke grants");
    if (!journaledWrite(c, () => deleteGrant(c.get("db"), project.id, params.roomId, params.userId))) {
      throw notFound("This user has no grant in this room");
    }
    return {};
  },
});
