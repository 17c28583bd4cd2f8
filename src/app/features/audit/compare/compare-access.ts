import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { capabilityCells, capabilityLabels, emailOf, roomNameOf } from "../access-table.ts";
import type { Column, Row } from "../evidence.ts";

// Compare: two members room by room, or two rooms member by member, capability by capability.
// A side with no grant reads "no grant" everywhere, so gaining or losing a grant shows as a difference.

export type CompareBy = "members" | "rooms";

export interface Comparison {
  columns: Column[];
  rows: Row[];
  /** How many rows differ. */
  differences: number;
}

export const noGrant = "no grant";
const compared = ["level", ...capabilityLabels];

/** The cells of one side: level and each capability, or "no grant". */
function sideOf(index: AccessIndex, scopeId: number | undefined): Row {
  const entry = scopeId === undefined ? undefined : index.scopes[scopeId];
  if (entry === undefined) return Object.fromEntries(compared.map((c) => [c, noGrant]));
  return { level: entry.level, ...capabilityCells(entry.scope) };
}

/**
 * The columns: where, capability, the two sides, difference. The sides' keys are fixed too ("first
 * (name)"), so a room or member named "member", "capability" or "difference" keeps its own column.
 */
export function compareColumns(by: CompareBy, a: string, b: string): Column[] {
  return [
    by === "members" ? "room" : "member",
    "capability",
    { key: `first (${a})`, header: a },
    { key: `second (${b})`, header: b },
    "difference",
  ];
}

/**
 * Rows of `[where, capability, a, b, difference]`: per room the members can enter (either of them),
 * or per member holding a grant in either room; `onlyDifferences` keeps the rows that differ.
 */
export function compareAccess(
  index: AccessIndex,
  by: CompareBy,
  sides: { a: { id: string; name: string }; b: { id: string; name: string } },
  onlyDifferences = false,
): Comparison {
  const cellsOf = (id: string) => (by === "members" ? index.userCells(id) : index.roomCells(id));
  const nameOf = (id: string) => (by === "members" ? roomNameOf(index, id) : emailOf(index, id));
  const columns = compareColumns(by, sides.a.name, sides.b.name);
  const [where = "", capability = "", left = "", right = "", difference = ""] = columns.map((c) =>
    typeof c === "string" ? c : c.key,
  );
  const a = cellsOf(sides.a.id);
  const b = cellsOf(sides.b.id);
  const keys = [...new Set([...a.keys(), ...b.keys()])].map((id) => ({ id, name: nameOf(id) }));
  keys.sort((x, y) => x.name.localeCompare(y.name));

  const rows: Row[] = [];
  let differences = 0;
  for (const key of keys) {
    const l = sideOf(index, a.get(key.id));
    const r = sideOf(index, b.get(key.id));
    for (const c of compared) {
      const lc = l[c] ?? "";
      const rc = r[c] ?? "";
      const differs = lc !== rc;
      if (differs) differences++;
      if (onlyDifferences && !differs) continue;
      rows.push({
        [where]: key.name,
        [capability]: c,
        [left]: lc,
        [right]: rc,
        [difference]: differs ? "differs" : "same",
      });
    }
  }
  return { columns, rows, differences };
}
