import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import { fieldIssuesOf } from "#api/errors.ts";
import { describeError } from "./describe-error.ts";

/** The form's fields that a server issue can land on: by the same name, or mapped from the issue's dotted path. */
export type IssueFields<T extends FieldValues> =
  | readonly FieldPath<T>[]
  | ((serverPath: string) => FieldPath<T> | undefined);

/**
 * Puts a failed call's message where it belongs: each server issue on its field when the form has
 * one, everything else on the form's root. The user's input is left as it is.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  fields: IssueFields<T>,
  setError: UseFormSetError<T>,
): void {
  const issues = fieldIssuesOf(error);
  const fieldOf = typeof fields === "function" ? fields : (path: string) => fields.find((name) => name === path);
  let placed = false;
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field) {
      setError(field, { type: "server", message: issue.message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  if (!placed) setError("root.server", { type: "server", message: describeError(error) });
}
