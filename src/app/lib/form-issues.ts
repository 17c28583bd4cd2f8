import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import { fieldIssuesOf } from "#api/errors.ts";
import { describeError } from "./describe-error.ts";

/**
 * Puts a failed call's message where it belongs: each server issue on its field when the form has
 * one, everything else on the form's root. The user's input is left as it is.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  fields: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
): void {
  const issues = fieldIssuesOf(error);
  let placed = false;
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path);
    if (field) {
      setError(field, { type: "server", message: issue.message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  if (!placed) setError("root.server", { type: "server", message: describeError(error) });
}
