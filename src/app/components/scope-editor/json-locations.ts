import { type Node, parseTree } from "jsonc-parser";

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
  const offsets = new Map<string, number>([["", 0]]);
  const visit = (node: Node, path: string[]) => {
    for (const [index, child] of (node.children ?? []).entries()) {
      if (node.type === "object") {
        const [key, value] = child.children ?? [];
        if (key?.type !== "string" || !value) continue;
        const childPath = [...path, normaliseKey(String(key.value), path.length)];
        offsets.set(childPath.join("."), child.offset);
        visit(value, childPath);
      } else if (node.type === "array") {
        const childPath = [...path, String(index)];
        offsets.set(childPath.join("."), child.offset);
        visit(child, childPath);
      }
    }
  };
  const root = parseTree(text);
  if (root) visit(root, []);
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
