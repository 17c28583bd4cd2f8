import { badRequest } from "./errors.ts";

/** Offsets and limits with the server's defaults; `limit` was already capped by the shared schema. */
export function page(
  q: {
    limit?: number | undefined;
    count?: number | undefined;
    offset?: number | undefined;
    filter?: string | undefined;
  },
  defaultLimit = 100,
) {
  return { limit: q.limit ?? q.count ?? defaultLimit, offset: q.offset ?? 0, filter: q.filter?.trim() || undefined };
}

/** Checks `order_by` against the orders a list knows; absent means the first one. */
export function orderBy<T extends Record<string, string>>(orders: T, value: string | undefined): keyof T & string {
  const keys = Object.keys(orders);
  const chosen = value ?? keys[0] ?? "";
  // Own keys only: `__proto__`, `constructor` or `toString` are not orders, whatever `in` says.
  if (!Object.hasOwn(orders, chosen)) {
    const message = `must be one of ${keys.join(", ")}`;
    throw badRequest(`order_by: ${message}`, [{ path: "order_by", message }]);
  }
  return chosen;
}
