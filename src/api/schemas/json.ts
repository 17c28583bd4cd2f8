import { z } from "zod";

export const jsonObjectSchema = z.record(z.string(), z.unknown());
export type JsonObject = z.infer<typeof jsonObjectSchema>;

export const annotationsSchema = z.record(z.string(), z.string());
export type Annotations = z.infer<typeof annotationsSchema>;

/** Bodies the SDKs ignore (`{}` or `{"ok": true}`); tolerated in any shape. */
export const ackSchema = z.looseObject({});
export type Ack = z.infer<typeof ackSchema>;

/** A page of a list: the SDK falls back to the item count when `total` is missing. */
export const totalSchema = z.number().int().nonnegative().optional();

/** Era C pagination token, tolerated so the client can grow there. */
export const continuationSchema = z.string().nullish();

export const isoDateSchema = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be an ISO-8601 date");
