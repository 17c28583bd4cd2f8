import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { ErrorBody, FieldIssue } from "#api/schemas/error-body.ts";

/** An error the client caused (or may see): it becomes a JSON answer, never a 500. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, issues: FieldIssue[] = []) => new HttpError(400, message, issues);
export const fieldError = (path: string, message: string) =>
  new HttpError(400, `${path}: ${message}`, [{ path, message }]);
export const unauthorized = (message = "A valid bearer token is required") => new HttpError(401, message);
export const forbidden = (message: string) => new HttpError(403, message);
export const notFound = (message: string) => new HttpError(404, message);
export const conflict = (message: string, path?: string) =>
  new HttpError(409, message, path ? [{ path, message }] : []);

export function errorBody(message: string, issues?: FieldIssue[]): ErrorBody {
  return { error: issues?.length ? { message, issues } : { message } };
}

export function zodIssues(error: z.ZodError, prefix: string[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}

export function sendError(c: Context, error: HttpError) {
  return c.json(errorBody(error.message, error.issues), error.status);
}
