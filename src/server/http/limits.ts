import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorBody, fieldError } from "./errors.ts";

/** JSON bodies larger than this answer 413 before they are read (README, "Limits"). */
export const MAX_JSON_BYTES = 1024 * 1024;
/** Objects and arrays nested deeper than this answer 400 (README, "Limits"). */
export const MAX_JSON_DEPTH = 64;

/** Storage uploads stream to disk under their own limit (storage.ts); every other body is JSON. */
const isUpload = (path: string) => /^\/projects\/[^/]+\/storage\/upload\/?$/.test(path);

const limitJson = bodyLimit({
  maxSize: MAX_JSON_BYTES,
  onError: (c) => {
    // The rest of the body is not read: the connection cannot carry another request after it.
    c.header("Connection", "close");
    return c.json(errorBody(`Request bodies are limited to ${MAX_JSON_BYTES} bytes (1 MiB)`), 413);
  },
});

/**
 * 413 for a body over the limit: at once when Content-Length says so, and while reading a chunked
 * body as soon as the count passes it, so a large body is never held in memory.
 */
export const jsonBodyLimit: MiddlewareHandler = (c, next) =>
  bodiless(c.req.method) || isUpload(c.req.path) ? next() : limitJson(c, next);

/**
 * GET and HEAD carry no body the server reads (a route reads only its endpoint's body), so they pass unchecked:
 * asking for the body would build a whole web `Request` for every page read.
 */
const bodiless = (method: string) => method === "GET" || method === "HEAD";

/** 400 naming the top-level field under which `value` nests containers deeper than the limit. */
export function checkDepth(value: unknown, max = MAX_JSON_DEPTH): void {
  // Iterative, so that a value nested a million levels costs no stack.
  const stack: { value: unknown; depth: number; field: string }[] = [{ value, depth: 0, field: "" }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== "object" || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > max) throw fieldError(item.field, `is nested deeper than ${max} levels`);
    for (const [key, child] of Object.entries(item.value)) {
      stack.push({ value: child, depth, field: item.field || key });
    }
  }
}
