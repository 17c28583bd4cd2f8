import { writableEntries } from "#api/scope/path-rules.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { type CapabilityKey, capabilities } from "#app/lib/access-index/capabilities.ts";
import type { Column, Row } from "./evidence.ts";

// The access tables of the audit (room access, member access, compare): one row per grant, one
// column per capability, each cell saying in words what the scope allows, not its JSON.

const listOr = (list: readonly string[], none: string) => (list.length === 0 ? none : list.join(", "));

/** For capabilities held only in part, what exactly; the others read "yes". */
const details: Partial<Record<CapabilityKey, (scope: ApiScope) => string>> = {
  "storage-read": (s) => {
    const paths = s.storage?.paths;
    return paths
      ? listOr(
          paths.map((p) => p.path),
          "no paths",
        )
      : "everywhere";
  },
  "storage-write": (s) => {
    if (!s.storage?.paths) return "everywhere";
    const writable = writableEntries(s, "storage");
    return listOr(
      writable.map((e) => (e.except.length > 0 ? `${e.path} (except ${e.except.join(", ")})` : e.path)),
      "nowhere",
    );
  },
  sync: (s) => {
    const paths = s.sync?.paths;
    if (!paths) return "everywhere";
    return listOr(
      paths.map((p) => (p.read_only ? `${p.path} (read-only)` : p.path)),
      "no paths",
    );
  },
  llm: (s) => (s.llm?.models ? listOr(s.llm.models, "no models") : "all models"),
  // An empty port list means every port (spec §7.2), unlike every other list.
  tunnels: (s) => (s.tunnels?.ports?.length ? `ports ${s.tunnels.ports.join(", ")}` : "all ports"),
};

export const capabilityLabels = capabilities.map((c) => c.label);

/** Each capability's cell for a scope: "no", "yes", or what part of it the scope allows. */
export function capabilityCells(scope: ApiScope): Row {
  return Object.fromEntries(
    capabilities.map((c) => [c.label, c.holds(scope) ? (details[c.key]?.(scope) ?? "yes") : "no"]),
  );
}

export interface AccessTable {
  columns: Column[];
  rows: Row[];
}

/** Rows for the cells of one room or one member: `first` names the other axis, `nameOf` its ids. */
function accessTable(
  first: string,
  cells: ReadonlyMap<string, number>,
  index: AccessIndex,
  nameOf: (id: string) => string,
) {
  const rows = [...cells].flatMap(([id, scopeId]) => {
    const entry = index.scopes[scopeId];
    return entry ? [{ [first]: nameOf(id), level: entry.level, ...capabilityCells(entry.scope) }] : [];
  });
  rows.sort((a, b) => (a[first] ?? "").localeCompare(b[first] ?? ""));
  return { columns: [first, "level", ...capabilityLabels], rows };
}

export const emailOf = (index: AccessIndex, userId: string) => index.users.get(userId)?.email ?? userId;
export const roomNameOf = (index: AccessIndex, roomId: string) => index.rooms.get(roomId)?.name ?? roomId;

/** One room: each member holding a grant there. */
export const roomAccessTable = (index: AccessIndex, roomId: string): AccessTable =>
  accessTable("member", index.roomCells(roomId), index, (id) => emailOf(index, id));

/** One member: each room they hold a grant in, so can enter. */
export const memberAccessTable = (index: AccessIndex, userId: string): AccessTable =>
  accessTable("room", index.userCells(userId), index, (id) => roomNameOf(index, id));
