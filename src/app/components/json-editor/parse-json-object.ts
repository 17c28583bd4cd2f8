import { type JsonObject, jsonObjectSchema } from "#api/schemas/json.ts";
import { locateJsonError } from "./locate-json-error.ts";

export type ParsedJsonObject =
  | { ok: true; value: JsonObject }
  | { ok: false; message: string; line?: number; column?: number; offset?: number };

/** Parses a JSON editor's text into an object, saying where a syntax error is (line and column). */
export function parseJsonObject(text: string, what = "The value"): ParsedJsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const spot = locateJsonError(text);
    if (!spot) return { ok: false, message: error instanceof Error ? error.message : "Not valid JSON" };
    const before = text.slice(0, spot.offset);
    const line = before.split("\n").length;
    const column = spot.offset - before.lastIndexOf("\n");
    return { ok: false, message: spot.message, line, column, offset: spot.offset };
  }
  const parsed = jsonObjectSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: `${what} must be a JSON object ({ … })` };
  return { ok: true, value: parsed.data };
}

/** The one-line description of a parse failure, with its position when known. */
export function describeJsonProblem(parsed: ParsedJsonObject): string | null {
  if (parsed.ok) return null;
  return `${parsed.line ? `Line ${parsed.line}, column ${parsed.column}: ` : ""}${parsed.message}`;
}
