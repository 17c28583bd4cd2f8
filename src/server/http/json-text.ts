import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Answers JSON already written as text (stored values are embedded as stored, never re-parsed). */
export const jsonText = (c: Context, text: string | Uint8Array<ArrayBuffer>, status: ContentfulStatusCode = 200) =>
  c.body(text, status, { "Content-Type": "application/json" });
