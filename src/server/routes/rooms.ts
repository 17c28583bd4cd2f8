import { roomNameSchema, roomSchema, roomsPageSchema } from "#api/schemas/room.ts";
import { projectAccess, requireAdmin } from "../auth.ts";
import { getGrant, insertGrant } from "../db/grants.ts";
import { getMember } from "../db/members.ts";
import {
  deleteRoom,
  getRoomById,
  getRoomByName,
  insertRoom,
  listRooms,
  type RoomRow,
  roomJsonText,
  roomOrders,
  updateRoom,
} from "../db/rooms.ts";
import { conflict, fieldError, forbidden, HttpError, notFound } from "../http/errors.ts";
import { orderBy, page } from "../http/page.ts";
import { created, defineRoutes, jsonText } from "../http/route-types.ts";
import { mintParticipantToken } from "../tokens.ts";
import { journaledWrite } from "./grant-journal.ts";

const roomAnswer = (room: RoomRow) => jsonText(roomSchema, roomJsonText(room));

export const roomRoutes = defineRoutes({
  listRooms: (c, { query }) => {
    const { project } = projectAccess(c);
    const q = query();
    const p = { ...page(q), order: orderBy(roomOrders, q.order_by) };
    const { rows, total } = listRooms(c.get("db"), project.id, p);
    return jsonText(roomsPageSchema, `{"rooms":[${rows.map(roomJsonText).join(",")}],"total":${total}}`);
  },

  createRoom: (c, request) => {
    const { project, member } = projectAccess(c);
    if (!member.is_admin && !member.is_developer && !member.can_create_rooms) {
      throw forbidden("Only admins and members who may create rooms can create rooms");
    }
    const body = request.body();
    const grants = Object.entries(body.permissions ?? {});
    // Granting others access is an admin's right; a room's creator may only give themselves a grant.
    if (!member.is_admin && grants.some(([userId]) => userId !== member.user_id)) {
      const message = "only project admins may grant other members access; you may include your own grant only";
      throw new HttpError(403, `permissions: ${message}`, [{ path: "permissions", message }]);
    }
    const db = c.get("db");
    const existing = getRoomByName(db, project.id, body.name);
    if (existing) {
      if (body.if_not_exists) return roomAnswer(existing);
      throw conflict(`A room named ${body.name} already exists`, "name");
    }
    for (const [userId] of grants) {
      if (!getMember(db, project.id, userId))
        throw fieldError(`permissions.${userId}`, "is not a member of this project");
    }
    const room = journaledWrite(c, () => {
      const made = insertRoom(db, {
        projectId: project.id,
        name: body.name,
        metadata: body.metadata,
        annotations: body.annotations,
      });
      for (const [userId, scope] of grants) {
        insertGrant(db, { projectId: project.id, roomId: made.id, roomName: made.name, userId, scope });
      }
      return made;
    });
    return created(roomAnswer(room));
  },

  getRoom: (c, { params }) => {
    const { project } = projectAccess(c);
    const room = getRoomByName(c.get("db"), project.id, params.roomName);
    if (!room) throw notFound("room not found");
    return roomAnswer(room);
  },

  updateRoom: (c, { params, ...request }) => {
    const { project } = requireAdmin(c, "change rooms");
    const body = request.body();
    const db = c.get("db");
    const room = getRoomById(db, project.id, params.roomId);
    if (!room) throw notFound("room not found");
    const clash = getRoomByName(db, project.id, body.name);
    if (clash && clash.id !== room.id) throw conflict(`A room named ${body.name} already exists`, "name");
    updateRoom(db, room, body);
    return {};
  },

  deleteRoom: (c, { params }) => {
    const { project } = requireAdmin(c, "delete rooms");
    const db = c.get("db");
    const room = getRoomById(db, project.id, params.roomId);
    if (!room) throw notFound("room not found");
    journaledWrite(c, () => deleteRoom(db, room.id));
    return {};
  },

  connectRoom: async (c, { params }) => {
    const { project, principal } = projectAccess(c);
    const name = params.roomName;
    if (!roomNameSchema.safeParse(name).success) throw notFound("room not found");
    const db = c.get("db");
    const room = getRoomByName(db, project.id, name);
    if (!room) throw notFound("room not found");
    const grant = getGrant(db, project.id, room.id, principal.user.id);
    if (!grant) throw forbidden(`You have no grant in the room ${room.name}: an admin must grant you access first`);
    const jwt = await mintParticipantToken({
      projectId: project.id,
      signingSecret: project.signing_secret,
      identity: principal.user.email,
      roomName: room.name,
      api: JSON.parse(grant.permissions) as Record<string, unknown>,
    });
    const origin = new URL(c.req.url);
    const roomUrl = `${origin.protocol === "https:" ? "wss:" : "ws:"}//${origin.host}/rooms/${encodeURIComponent(room.name)}`;
    return { jwt, room_name: room.name, project_id: project.id, room_url: roomUrl };
  },
});
