import { parseScope, toCompact, toFull } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { scopeErrors } from "#api/scope/warnings.ts";
import { parseJsonObject } from "#app/components/json-editor/parse-json-object.ts";
import { spotOfPath } from "./json-locations.ts";

// The JSON tab's text: written from a scope in either wire form, read back in any accepted form.

export type JsonForm = "compact" | "full";

export function scopeToText(scope: ApiScope, form: JsonForm): string {
  return JSON.stringify(form === "compact" ? toCompact(scope) : toFull(scope), null, 2);
}

export type ParsedScopeText =
  | { ok: true; scope: ApiScope }
  | { ok: false; message: string; line?: number; column?: number; offset?: number; field?: string };

/** A syntax error at its line and column, or the first schema issue at the line of its field. */
export function parseScopeText(text: string): ParsedScopeText {
  const parsed = parseJsonObject(text, "The scope");
  if (!parsed.ok) return parsed;
  const [issue] = scopeErrors(parsed.value);
  if (issue) {
    const spot = spotOfPath(text, issue.path);
    return { ok: false, message: issue.message, field: issue.path || undefined, ...spot };
  }
  return { ok: true, scope: parseScope(parsed.value) };
}

/** "Line 6, column 9 (storage.paths.1.path): must not be empty". */
export function describeScopeTextProblem(parsed: ParsedScopeText): string | null {
  if (parsed.ok) return null;
  const where = parsed.line ? `Line ${parsed.line}, column ${parsed.column}` : "";
  const field = parsed.field ? `${where ? " " : ""}(${parsed.field})` : "";
  return `${where}${field}${where || field ? ": " : ""}${parsed.message}`;
}
