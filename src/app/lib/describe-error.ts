import { ApiError, ClientValidationError, NetworkError, ResponseShapeError } from "#api/errors.ts";

/** One sentence for the user about a failed call. */
export function describeError(error: unknown): string {
  if (error instanceof NetworkError) return `Could not reach the API (${new URL(error.url).origin}).`;
  if (error instanceof ResponseShapeError) return `The API answered in an unexpected shape: ${error.message}`;
  if (error instanceof ApiError) return error.message;
  // Its message names the fields; the form that sent it shows them beside the inputs too.
  if (error instanceof ClientValidationError) return error.message;
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
