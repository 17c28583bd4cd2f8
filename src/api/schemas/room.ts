import { z } from "zod";
import { apiScopeSchema } from "../scope/schema.ts";
import { annotationsSchema, continuationSchema, jsonObjectSchema, totalSchema } from "./json.ts";
import { camelizeKeys } from "./keys.ts";

export const ROOM_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?!-))*$/;

/** The SDK helper `is_valid_room_name`: 1–63 of a-z 0-9 -, alphanumeric at both ends, no `--`. */
export const roomNameSchema = z
  .string()
  .min(1, "must not be empty")
  .max(63, "must be at most 63 characters")
  .regex(/^[a-z0-9-]*$/, "may only contain a-z, 0-9 and -")
  .refine((n) => !n.startsWith("-") && !n.endsWith("-"), "must not start or end with -")
  .refine((n) => !n.includes("--"), "must not contain --");

export const roomSchema = z.object({
  id: z.string(),
  name: z.string(),
  metadata: jsonObjectSchema.nullish().transform((v) => v ?? {}),
  annotations: annotationsSchema.nullish().transform((v) => v ?? {}),
});
export type Room = z.output<typeof roomSchema>;

export const roomsPageSchema = z
  .object({ rooms: z.array(roomSchema), total: totalSchema, continuation_token: continuationSchema })
  .transform((page) => ({
    rooms: page.rooms,
    total: page.total ?? page.rooms.length,
    continuationToken: page.continuation_token ?? null,
  }));
export type RoomsPage = z.output<typeof roomsPageSchema>;

export const createRoomBodySchema = z.object({
  name: roomNameSchema,
  if_not_exists: z.boolean().nullish(),
  metadata: jsonObjectSchema.nullish(),
  annotations: annotationsSchema.nullish(),
  permissions: z.record(z.string().min(1), apiScopeSchema).nullish(),
});
export type CreateRoomBody = z.input<typeof createRoomBodySchema>;

export const updateRoomBodySchema = z.object({
  name: roomNameSchema,
  metadata: jsonObjectSchema.nullish(),
  annotations: annotationsSchema.nullish(),
});
export type UpdateRoomBody = z.input<typeof updateRoomBodySchema>;

export const roomConnectionInfoSchema = z
  .object({ jwt: z.string(), room_name: z.string(), project_id: z.string(), room_url: z.string() })
  .transform(camelizeKeys);
export type RoomConnectionInfo = z.output<typeof roomConnectionInfoSchema>;
