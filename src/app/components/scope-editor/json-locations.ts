// Where each value of a JSON text starts, by its dotted path, so a schema issue
// (`storage.paths.0.path`) can be pointed at its line. Only called on text JSON.parse accepted.

const camelToSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Keys as the schema reads them: camelCase nested keys and the dataset aliases name the same field. */
function normaliseKey(key: string, depth: number): string {
  if (depth === 0 && (key === "database" || key === "datasets")) return "dataset";
  return camelToSnake(key);
}

/** The offset of every member key and array element, by normalised dotted path ("" is the root). */
export function jsonValueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const skip = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string[]): void => {
    skip();
    const c = text.charAt(i);
    if (c === "{") {
      i++;
      skip();
      while (text[i] !== "}" && i < text.length) {
        skip();
        const keyStart = i;
        const key = normaliseKey(readString(), path.length);
        const child = [...path, key];
        offsets.set(child.join("."), keyStart);
        skip();
        i++; // the colon
        value(child);
        skip();
        if (text[i] === ",") i++;
      }
      i++;
    } else if (c === "[") {
      i++;
      skip();
      let index = 0;
      while (text[i] !== "]" && i < text.length) {
        skip();
        const child = [...path, String(index++)];
        offsets.set(child.join("."), i);
        value(child);
        skip();
        if (text[i] === ",") i++;
        skip();
      }
      i++;
    } else if (c === '"') {
      readString();
    } else {
      const literal = /^[^\s,\]}]+/.exec(text.slice(i));
      i += literal ? literal[0].length : 1;
    }
  };
  offsets.set("", 0);
  value([]);
  return offsets;
}

export interface TextSpot {
  offset: number;
  line: number;
  column: number;
}

export function spotOf(text: string, offset: number): TextSpot {
  const before = text.slice(0, offset);
  return { offset, line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/**
 * The spot of the deepest written field on an issue's path: the field itself, or the nearest
 * enclosing one when the issue is about something missing (a required name not written at all).
 */
export function spotOfPath(text: string, path: string): TextSpot {
  const offsets = jsonValueOffsets(text);
  const parts = path === "" ? [] : path.split(".");
  for (let n = parts.length; n >= 0; n--) {
    const offset = offsets.get(parts.slice(0, n).join("."));
    if (offset !== undefined) return spotOf(text, offset);
  }
  return spotOf(text, 0);
}
