import { z } from "zod";
import { apiScopeSchema } from "../scope/schema.ts";
import { continuationSchema, totalSchema } from "./json.ts";
import { camelizeKeys } from "./keys.ts";
import { roomSchema } from "./room.ts";

export const projectRoomGrantSchema = z
  .object({ room: roomSchema, user_id: z.string(), permissions: apiScopeSchema })
  .transform(camelizeKeys);
export type ProjectRoomGrant = z.output<typeof projectRoomGrantSchema>;

export const roomGrantsPageSchema = z
  .object({ room_grants: z.array(projectRoomGrantSchema), total: totalSchema, continuation_token: continuationSchema })
  .transform((page) => ({ roomGrants: page.room_grants, total: page.total ?? page.room_grants.length }));
export type RoomGrantsPage = z.output<typeof roomGrantsPageSchema>;

/** TS classic also accepts a flat `{room_id, room_name, metadata, count}`. */
export const projectRoomGrantCountSchema = z.preprocess(
  (value) => {
    if (typeof value !== "object" || value === null || "room" in value) return value;
    const flat = value as Record<string, unknown>;
    return { room: { id: flat.room_id, name: flat.room_name, metadata: flat.metadata ?? {} }, count: flat.count };
  },
  z.object({ room: roomSchema, count: z.number().int().nonnegative() }),
);
export type ProjectRoomGrantCount = z.output<typeof projectRoomGrantCountSchema>;

export const roomGrantCountsPageSchema = z
  .object({ rooms: z.array(projectRoomGrantCountSchema), total: totalSchema })
  .transform((page) => ({ rooms: page.rooms, total: page.total ?? page.rooms.length }));
export type RoomGrantCountsPage = z.output<typeof roomGrantCountsPageSchema>;

export const projectUserGrantCountSchema = z
  .object({
    user_id: z.string(),
    count: z.number().int().nonnegative(),
    first_name: z.string().nullish(),
    last_name: z.string().nullish(),
    email: z.string(),
  })
  .transform(camelizeKeys);
export type ProjectUserGrantCount = z.output<typeof projectUserGrantCountSchema>;

export const userGrantCountsPageSchema = z
  .object({ users: z.array(projectUserGrantCountSchema), total: totalSchema })
  .transform((page) => ({ users: page.users, total: page.total ?? page.users.length }));
export type UserGrantCountsPage = z.output<typeof userGrantCountsPageSchema>;

/**
 * POST room-grants: by user id (TS: compact scope) or by e-mail (Python: full scope with nulls and
 * `invite_redirect_url`). Exactly one of `user_id` and `email` names the grantee.
 */
export const createRoomGrantBodySchema = z
  .object({
    room_id: z.string().min(1, "must not be empty"),
    user_id: z.string().min(1, "must not be empty").nullish(),
    email: z.email("must be an e-mail address").nullish(),
    permissions: apiScopeSchema,
    invite_redirect_url: z.url("must be a URL").nullish(),
  })
  .superRefine((body, ctx) => {
    if (!body.user_id === !body.email) {
      ctx.addIssue({ code: "custom", path: ["user_id"], message: "give exactly one of user_id and email" });
    }
  });
export type CreateRoomGrantBody = z.input<typeof createRoomGrantBodySchema>;

/** PUT room-grants/{grant_id}: the server ignores the id and updates by (room_id, user_id). */
export const updateRoomGrantBodySchema = z.object({
  room_id: z.string().min(1, "must not be empty"),
  user_id: z.string().min(1, "must not be empty"),
  permissions: apiScopeSchema,
});
export type UpdateRoomGrantBody = z.input<typeof updateRoomGrantBodySchema>;

/**
 * A room-grants page with each scope left as JSON: a reader of every page of a project checks the
 * envelope here and parses each distinct scope once with `apiScopeSchema` (50,000 grants often share
 * a handful of scopes, and parsing each costs more than fetching it).
 */
export const roomGrantRowsPageSchema = z
  .object({
    room_grants: z.array(
      z.object({ room: z.object({ id: z.string(), name: z.string() }), user_id: z.string(), permissions: z.unknown() }),
    ),
    total: totalSchema,
  })
  .transform((page) => ({
    rows: page.room_grants.map((g) => ({
      roomId: g.room.id,
      roomName: g.room.name,
      userId: g.user_id,
      permissions: g.permissions,
    })),
    total: page.total ?? page.room_grants.length,
  }));
export type RoomGrantRowsPage = z.output<typeof roomGrantRowsPageSchema>;
