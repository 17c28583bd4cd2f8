import type { AccessCell } from "#app/components/bulk-change/bulk-types.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import type { Lens } from "#app/lib/access-index/capabilities.ts";
import type { AxisItem } from "./use-matrix-axes.ts";

// The selection is a set of cells named by (room, member), not by position: it survives sorting,
// filtering and swapping the axes. The scope of each is looked up when it is handed over.

export type CellRef = Omit<AccessCell, "scope">;
export type Selection = ReadonlyMap<string, CellRef>;
export const emptySelection: Selection = new Map();

export const cellKey = (roomId: string, userId: string) => `${roomId}\u0000${userId}`;

/** The matrix's two axes in screen order, and which of them holds the rooms. */
export interface Grid {
  rows: readonly AxisItem[];
  cols: readonly AxisItem[];
  roomsAreRows: boolean;
}

export function cellAt(grid: Grid, row: number, col: number): CellRef | undefined {
  const r = grid.rows[row];
  const c = grid.cols[col];
  if (!r || !c) return undefined;
  const [room, member] = grid.roomsAreRows ? [r, c] : [c, r];
  return { roomId: room.id, roomName: room.label, userId: member.id, userEmail: member.label };
}

/** The rectangle between two positions (inclusive), added to `base`. */
export function withRange(
  base: Selection,
  grid: Grid,
  from: { row: number; col: number },
  to: { row: number; col: number },
) {
  const next = new Map(base);
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++) {
    for (let col = Math.min(from.col, to.col); col <= Math.max(from.col, to.col); col++) {
      const cell = cellAt(grid, row, col);
      if (cell) next.set(cellKey(cell.roomId, cell.userId), cell);
    }
  }
  return next;
}

/** `base` with one cell toggled. */
export function toggled(base: Selection, cell: CellRef): Selection {
  const next = new Map(base);
  const key = cellKey(cell.roomId, cell.userId);
  if (next.has(key)) next.delete(key);
  else next.set(key, cell);
  return next;
}

/** A whole row or column: added, or removed when all of it was selected already. */
export function toggledLine(base: Selection, grid: Grid, line: { row: number } | { col: number }): Selection {
  const cells: CellRef[] = [];
  const count = "row" in line ? grid.cols.length : grid.rows.length;
  for (let i = 0; i < count; i++) {
    const cell = "row" in line ? cellAt(grid, line.row, i) : cellAt(grid, i, line.col);
    if (cell) cells.push(cell);
  }
  const next = new Map(base);
  const all = cells.every((c) => next.has(cellKey(c.roomId, c.userId)));
  for (const c of cells) {
    if (all) next.delete(cellKey(c.roomId, c.userId));
    else next.set(cellKey(c.roomId, c.userId), c);
  }
  return next;
}

/** Past this many cells, "everything matching" keeps only the cells that hold a grant. */
export const MAX_EMPTY_CELLS = 200_000;

/**
 * Every cell the filters leave, across the whole project (not only what is on screen): with a lens,
 * only the cells it lights; when the rectangle is too large to hand over, only cells with a grant.
 */
export function everythingMatching(grid: Grid, index: AccessIndex | null, lens: Lens | undefined) {
  const next = new Map<string, CellRef>();
  const grantsOnly = lens !== undefined || grid.rows.length * grid.cols.length > MAX_EMPTY_CELLS;
  if (!grantsOnly)
    return {
      selection: withRange(next, grid, { row: 0, col: 0 }, { row: grid.rows.length - 1, col: grid.cols.length - 1 }),
      grantsOnly,
    };
  // Walk the grants, not the rectangle: 2,000 × 5,000 positions, but only 50,000 grants.
  const cols = new Map(grid.cols.map((c) => [c.id, c]));
  for (const row of grid.rows) {
    const cells = grid.roomsAreRows ? index?.roomCells(row.id) : index?.userCells(row.id);
    for (const [colId, scopeId] of cells ?? []) {
      const col = cols.get(colId);
      const scope = index?.scopes[scopeId]?.scope;
      if (!col || !scope || (lens && !lens.holds(scope))) continue;
      const [room, member] = grid.roomsAreRows ? [row, col] : [col, row];
      next.set(cellKey(room.id, member.id), {
        roomId: room.id,
        roomName: room.label,
        userId: member.id,
        userEmail: member.label,
      });
    }
  }
  return { selection: next as Selection, grantsOnly };
}

/** The selected cells with their scopes as the index has them now. */
export function resolveCells(selection: Selection, index: AccessIndex | null): AccessCell[] {
  return [...selection.values()].map((cell) => ({
    ...cell,
    scope: index?.get(cell.roomId, cell.userId)?.scope ?? null,
  }));
}
