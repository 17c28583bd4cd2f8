import { z } from "zod";

/** `limit`/`offset` (+`order_by`, `filter`) query of rooms and room grants; numbers travel as strings. */
const count = (max: number) => z.coerce.number().int().min(0).max(max);

export const MAX_LIMIT = 1000;

export const limitOffsetQuerySchema = z.object({
  limit: count(MAX_LIMIT).optional(),
  offset: count(Number.MAX_SAFE_INTEGER).optional(),
  order_by: z.string().optional(),
  filter: z.string().optional(),
});
export type LimitOffsetQuery = z.input<typeof limitOffsetQuerySchema>;

/** `count`/`offset` (+`filter`) query of project users and OAuth clients. */
export const countOffsetQuerySchema = z.object({
  count: count(MAX_LIMIT).optional(),
  offset: count(Number.MAX_SAFE_INTEGER).optional(),
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
