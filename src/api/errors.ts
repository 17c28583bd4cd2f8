import type { z } from "zod";
import type { FieldIssue } from "./schemas/error-body.ts";

/** Any non-2xx answer. Subclasses tell the common statuses apart, as the Python SDK does. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    message: string,
    /** The raw response body, as text. */
    readonly body: string,
    /** Field-level problems the server named (400). */
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }

  /** The message for one field, by its dotted path (`permissions.storage.paths.0.path`). */
  issueFor(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}

export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
export class UnauthorizedError extends ApiError {
  override name = "UnauthorizedError";
}
export class ForbiddenError extends ApiError {
  override name = "ForbiddenError";
}
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
export class ServerError extends ApiError {
  override name = "ServerError";
}

/**
 * A request the client refused to send because it fails the contract (or a check the caller makes
 * first): nothing reached the server, so this is not an `ApiError`. `issues` name the fields.
 */
export class ClientValidationError extends Error {
  override name = "ClientValidationError";
  constructor(
    readonly method: string,
    readonly path: string,
    readonly issues: readonly FieldIssue[],
    message = `Not sent: ${issues.map((i) => `${i.path || "(body)"}: ${i.message}`).join("; ")}`,
  ) {
    super(message);
  }

  issueFor(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}

/** The field-level problems an error names: the server's (a 400) or the client's own refusal. */
export function fieldIssuesOf(error: unknown): readonly FieldIssue[] {
  return error instanceof ApiError || error instanceof ClientValidationError ? error.issues : [];
}

/** The request never got an answer: the host is unreachable, or the call was refused by the browser. */
export class NetworkError extends Error {
  override name = "NetworkError";
  constructor(
    readonly method: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not reach ${url}`, options);
  }
}

/** A 2xx whose body does not match the contract. `fieldPath` names the first offending field. */
export class ResponseShapeError extends Error {
  override name = "ResponseShapeError";
  readonly fieldPath: string;
  constructor(
    readonly method: string,
    readonly path: string,
    readonly issues: readonly z.core.$ZodIssue[],
    readonly body: unknown,
  ) {
    const first = issues[0];
    const fieldPath = first ? formatPath(first.path) : "";
    super(`Unexpected response from ${method} ${path}: ${fieldPath || "(body)"}: ${first?.message ?? "invalid"}`);
    this.fieldPath = fieldPath;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

const byStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
};

/** The error for a non-2xx answer. Async: the body's schema (and zod) load with the first one. */
export async function apiErrorFrom(status: number, method: string, path: string, body: string): Promise<ApiError> {
  let message = body.trim() || `HTTP ${status}`;
  let issues: FieldIssue[] = [];
  const { errorBodySchema } = await import("./schemas/error-body.ts");
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(body));
    if (parsed.success) {
      message = parsed.data.error.message;
      issues = parsed.data.error.issues ?? [];
    }
  } catch {
    // Not JSON: the body is opaque text, as the SDKs treat it.
  }
  const Kind = byStatus[status] ?? (status >= 500 ? ServerError : ApiError);
  return new Kind(status, method, path, message, body, issues);
}
