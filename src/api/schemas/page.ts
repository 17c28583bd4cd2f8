import { z } from "zod";

/** The largest page a server answers; larger requests are cut down to it, not refused. */
export const MAX_LIMIT = 1000;

// Numbers travel as decimal strings in the query. `Number.isInteger`, not `.int()`: zod's int
// refuses whole numbers past 2^53, and a huge page size is to be capped, not refused.
export const pageSize = z.coerce
  .number()
  .refine(Number.isInteger, "must be a whole number")
  .refine((n) => n >= 0, "must not be negative")
  .transform((n) => Math.min(n, MAX_LIMIT));
const offset = z.coerce
  .number()
  .int("must be a whole number")
  .min(0, "must not be negative")
  .max(Number.MAX_SAFE_INTEGER);

/** `limit`/`offset` (+`order_by`, `filter`) query of rooms and room grants. */
export const limitOffsetQuerySchema = z.object({
  limit: pageSize.optional(),
  offset: offset.optional(),
  order_by: z.string().optional(),
  filter: z.string().optional(),
});
export type LimitOffsetQuery = z.input<typeof limitOffsetQuerySchema>;

/** `count`/`offset` (+`filter`) query of project users and OAuth clients. */
export const countOffsetQuerySchema = z.object({
  count: pageSize.optional(),
  offset: offset.optional(),
  filter: z.string().optional(),
});
export type CountOffsetQuery = z.input<typeof countOffsetQuerySchema>;

/** Paging parameters in TypeScript form, shared by the client's list methods. */
export interface PageParams {
  limit?: number;
  offset?: number;
  orderBy?: string;
  filter?: string;
}
