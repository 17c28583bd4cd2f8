import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { capabilityCells, capabilityLabels, emailOf, roomNameOf } from "../access-table.ts";
import type { Row } from "../evidence.ts";

// Compare: two members room by room, or two rooms member by member, capability by capability.
// A side with no grant reads "no grant" everywhere, so gaining or losing a grant shows as a difference.

export type CompareBy = "members" | "rooms";

export interface Comparison {
  columns: string[];
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
  const where = by === "members" ? "room" : "member";
  const a = cellsOf(sides.a.id);
  const b = cellsOf(sides.b.id);
  const keys = [...new Set([...a.keys(), ...b.keys()])].map((id) => ({ id, name: nameOf(id) }));
  keys.sort((x, y) => x.name.localeCompare(y.name));

  const rows: Row[] = [];
  let differences = 0;
  for (const key of keys) {
    const left = sideOf(index, a.get(key.id));
    const right = sideOf(index, b.get(key.id));
    for (const capability of compared) {
      const l = left[capability] ?? "";
      const r = right[capability] ?? "";
      const differs = l !== r;
      if (differs) differences++;
      if (onlyDifferences && !differs) continue;
      rows.push({
        [where]: key.name,
        capability,
        [sides.a.name]: l,
        [sides.b.name]: r,
        difference: differs ? "differs" : "same",
      });
    }
  }
  return { columns: [where, "capability", sides.a.name, sides.b.name, "difference"], rows, differences };
}
