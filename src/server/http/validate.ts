import type { Context } from "hono";
import type { z } from "zod";
import { badRequest, zodIssues } from "./errors.ts";
import { checkDepth } from "./limits.ts";

function fail(error: z.ZodError, what: string): never {
  const issues = zodIssues(error);
  const summary = issues.map((i) => `${i.path || what}: ${i.message}`).join("; ");
  throw badRequest(`Invalid ${what}: ${summary}`, issues);
}

/** Parses and validates a JSON body with the wire schema shared with the client. */
export function parseBody<T extends z.ZodType>(text: string, schema: T): z.output<T> {
  let json: unknown;
  try {
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw badRequest("The request body is not valid JSON", [{ path: "", message: "not valid JSON" }]);
  }
  checkDepth(json);
  const parsed = schema.safeParse(json);
  if (!parsed.success) fail(parsed.error, "body");
  return parsed.data;
}

export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) fail(parsed.error, "query");
  return parsed.data;
}
