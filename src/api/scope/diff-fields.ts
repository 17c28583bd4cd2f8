import { joinWords, namespaceWords } from "./grant-labels.ts";

// A field-by-field comparison of two grants of the same type. Access only grows with a flag set,
// a list lifted to null (unrestricted) or an entry added, so each change has a direction.
// Storage and sync paths depend on order and are compared by diff.ts instead.

export interface FieldChange {
  /** Dotted path; list entries are named by their identity ("dataset.tables.events.write"). */
  path: string;
  kind: "widened" | "narrowed" | "changed";
  description: string;
}

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// The fields that say which thing an entry is about, as opposed to what it allows there.
const identityFields = ["database", "table", "name", "namespace", "endpoint", "client_id"] as const;

const itemKey = (item: unknown) =>
  isEntry(item) ? JSON.stringify(identityFields.map((field) => item[field] ?? null)) : String(item);

function itemLabel(item: unknown): string {
  if (!isEntry(item)) return String(item);
  const { name, database, table, namespace, endpoint, client_id } = item;
  const ns = Array.isArray(namespace) ? namespaceWords(namespace.map(String)) : "";
  if (typeof endpoint === "string") return `${endpoint} (client ${String(client_id)})`;
  if (typeof table === "string") return `${String(database)}/${table}${ns}`;
  return `${String(name)}${ns}`;
}

function listChanges(before: readonly unknown[], after: readonly unknown[], path: string, out: FieldChange[]): void {
  const beforeByKey = new Map(before.map((item) => [itemKey(item), item]));
  const afterKeys = new Set(after.map(itemKey));
  const added = after.filter((item) => !beforeByKey.has(itemKey(item))).map(itemLabel);
  const removed = before.filter((item) => !afterKeys.has(itemKey(item))).map(itemLabel);
  const parts = [
    ...(added.length > 0 ? [`added ${joinWords(added)}`] : []),
    ...(removed.length > 0 ? [`removed ${joinWords(removed)}`] : []),
  ];
  if (parts.length > 0) {
    const kind = removed.length === 0 ? "widened" : added.length === 0 ? "narrowed" : "changed";
    out.push({ path, kind, description: `${path}: ${parts.join("; ")}` });
  }
  for (const item of after) {
    const previous = beforeByKey.get(itemKey(item));
    if (previous !== undefined) diffFields(previous, item, `${path}.${itemLabel(item)}`, out);
  }
}

/** Appends the differences between two values of the same grant model to `out`. */
export function diffFields(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (typeof before === "boolean" && typeof after === "boolean") {
    out.push({
      path,
      kind: after ? "widened" : "narrowed",
      description: `${path}: now ${after ? "allowed" : "denied"}`,
    });
  } else if (after === null) {
    out.push({ path, kind: "widened", description: `${path}: now unrestricted` });
  } else if (before === null) {
    const only = Array.isArray(after)
      ? after.length === 0
        ? "none"
        : `only ${joinWords(after.map(itemLabel))}`
      : "limited";
    out.push({ path, kind: "narrowed", description: `${path}: now ${only}` });
  } else if (Array.isArray(before) && Array.isArray(after)) {
    listChanges(before, after, path, out);
  } else if (isEntry(before) && isEntry(after)) {
    for (const key of Object.keys(after)) diffFields(before[key], after[key], `${path}.${key}`, out);
  } else {
    out.push({ path, kind: "changed", description: `${path}: changed` });
  }
}
