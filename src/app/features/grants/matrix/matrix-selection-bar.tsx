import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import type { Lens } from "#app/lib/access-index/capabilities.ts";
import { emptySelection, everythingMatching, type Grid, type Selection } from "./matrix-selection.ts";

interface MatrixSelectionBarProps {
  grid: Grid;
  index: AccessIndex | null;
  lens: Lens | undefined;
  selection: Selection;
  select: (next: Selection, note?: string) => void;
}

/** The matrix's size and what is selected; "Select everything matching" across the whole project; clear. */
export function MatrixSelectionBar({ grid, index, lens, selection, select }: MatrixSelectionBarProps) {
  const [rows, cols] = grid.roomsAreRows ? ["rooms", "members"] : ["members", "rooms"];
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span aria-live="polite">
        {grid.rows.length} {rows} × {grid.cols.length} {cols}
        {selection.size > 0 && `, ${selection.size} selected`}
      </span>
      <button
        type="button"
        className="rounded-md border border-line px-2 py-0.5 hover:bg-subtle"
        onClick={() => {
          const { selection: all, grantsOnly } = everythingMatching(grid, index, lens);
          const what = lens ? `every cell holding ${lens.label}` : grantsOnly ? "every grant" : "every cell";
          select(all, `${what} matching the filters (${all.size})`);
        }}
      >
        Select everything matching
      </button>
      {selection.size > 0 && (
        <button
          type="button"
          className="rounded-md px-2 py-0.5 text-muted hover:bg-subtle"
          onClick={() => select(emptySelection)}
        >
          Clear selection
        </button>
      )}
    </div>
  );
}
