import type { Context } from "hono";
import type { AppEnv } from "../auth.ts";
import { remember, valuesAt } from "./version-cache.ts";

/** An answer as sent: its status and its bytes (kept as bytes, so a repeat costs no UTF-8 encoding). */
export interface AnswerBytes {
  status: 200 | 201;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Marks an answer asked for once since the last write; its bytes are kept when it is asked for again. */
const SEEN_ONCE = "seen once";

/**
 * The server's one answer cache. An authenticated GET answers from the database, the caller and the
 * request alone, so its answer holds until the next write to the database (version-cache.ts): admins page
 * the same views over and over while grants change rarely, and a revoked token, key or membership is
 * a write, seen by the very next request. The key names the caller and the parsed request.
 */
export function cachedAnswer(
  c: Context<AppEnv>,
  key: unknown[],
  compute: () => AnswerBytes | Promise<AnswerBytes>,
): AnswerBytes | Promise<AnswerBytes> {
  const { user, apiKey } = c.get("principal");
  // A GET writes nothing, so the state label read at authentication still holds here.
  const values = valuesAt(c.get("db"), c.get("readVersion"), "answers");
  if (!values) return compute();
  const id = JSON.stringify([user.id, apiKey?.id ?? null, ...key]);
  const kept = values.get(id) as AnswerBytes | typeof SEEN_ONCE | undefined;
  if (kept !== undefined && kept !== SEEN_ONCE) return kept;
  const answer = compute();
  // Kept from its second request only: a stream of distinct pages (the grant matrix reading a large
  // project) then leaves no bytes behind that nobody asks for again, and no garbage for the collector.
  // An answer that awaited something may have seen later writes: it is sent, not kept.
  if (!(answer instanceof Promise)) remember(values, id, kept === SEEN_ONCE ? answer : SEEN_ONCE);
  return answer;
}
