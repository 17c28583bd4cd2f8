import { ApiError, ForbiddenError, NetworkError, ResponseShapeError, UnauthorizedError } from "#api/errors.ts";

export interface ConnectProblem {
  field: "baseUrl" | "token" | "root";
  message: string;
}

/** Tells apart the three ways Connect fails: a refused token, no answer, and an answer that is not Meshagent's. */
export function connectProblem(error: unknown, baseUrl: string): ConnectProblem {
  if (error instanceof UnauthorizedError) {
    return {
      field: "token",
      message: "This token was refused (401). Check that it is a valid API key or access token for this API.",
    };
  }
  if (error instanceof ForbiddenError)
    return { field: "token", message: `This token may not list projects (403): ${error.message}` };
  if (error instanceof NetworkError) {
    return {
      field: "baseUrl",
      message: `Could not reach ${baseUrl}. Check the address and that the server is running and allows requests from this page.`,
    };
  }
  if (error instanceof ResponseShapeError || (error instanceof ApiError && [404, 405].includes(error.status))) {
    return {
      field: "baseUrl",
      message: `${baseUrl} answered, but it is not a Meshagent API (no project list at /accounts/projects).`,
    };
  }
  if (error instanceof ApiError)
    return { field: "root", message: `The API answered ${error.status}: ${error.message}` };
  return { field: "root", message: error instanceof Error ? error.message : "Could not connect." };
}
