import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef } from "react";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import type { Lens } from "#app/lib/access-index/capabilities.ts";
import { cellId, HEAD_H, ROW_H } from "./matrix-geometry.ts";
import { MatrixHeaderRow } from "./matrix-header-row.tsx";
import { MatrixRow } from "./matrix-row.tsx";
import type { Grid, Selection } from "./matrix-selection.ts";
import { useCellPress } from "./use-cell-press.ts";
import { useCellTip } from "./use-cell-tip.ts";
import type { Position } from "./use-matrix-cursor.ts";
import { useMatrixVirtual } from "./use-matrix-virtual.ts";

export interface MatrixGridProps {
  grid: Grid;
  index: AccessIndex | null;
  version: number;
  lens: Lens | undefined;
  selection: Selection;
  active: Position;
  label: string;
  onKeyDown: (event: KeyboardEvent) => void;
  onCellClick: (position: Position, modifiers: { shift: boolean; ctrl: boolean }) => void;
  onLineClick: (line: { row: number } | { col: number }) => void;
  /** Rows one PageUp/PageDown moves, as measured from the viewport. */
  onPageRows: (rows: number) => void;
}

/** The matrix itself: both axes virtualised, sticky headers, one focusable grid with an active descendant. */
export function MatrixGrid(p: MatrixGridProps) {
  const { grid, index, version, lens, selection, active, onPageRows } = p;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualRows, colRange, width, height } = useMatrixVirtual(
    scrollRef,
    grid.rows.length,
    grid.cols.length,
    active,
  );
  const { tip, hide, handlers } = useCellTip(active, scrollRef);

  // The lens asks each distinct scope once, not each cell on every frame.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the index's contents (new scopes)
  const lensHolds = useMemo(
    () => (lens && index ? index.scopes.map((entry) => lens.holds(entry.scope)) : null),
    [lens, index, version],
  );
  // Rows are memoised: hand them a callback that stays the same while the page's changes.
  const lineClick = useRef(p.onLineClick);
  lineClick.current = p.onLineClick;
  const onSelectLine = useCallback((line: { row: number } | { col: number }) => lineClick.current(line), []);

  useEffect(() => {
    const element = scrollRef.current;
    if (element) onPageRows(Math.max(1, Math.floor((element.clientHeight - HEAD_H) / ROW_H) - 1));
  }, [onPageRows]);

  const activeShown =
    virtualRows.some((r) => r.index === active.row) && active.col >= colRange.first && active.col <= colRange.last;

  const press = useCellPress(p.onCellClick);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") hide();
    p.onKeyDown(event);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an ARIA grid with an active descendant; a <table> cannot be virtualised on both axes
    <div
      ref={scrollRef}
      role="grid"
      tabIndex={0}
      aria-label={p.label}
      aria-multiselectable="true"
      aria-rowcount={grid.rows.length + 1}
      aria-colcount={grid.cols.length + 1}
      aria-activedescendant={activeShown ? cellId(active.row, active.col) : undefined}
      onKeyDown={onKeyDown}
      {...press}
      {...handlers}
      data-testid="grant-matrix"
      className="relative h-[calc(100vh-18rem)] min-h-80 overflow-auto overscroll-contain rounded-lg border border-line bg-surface focus-visible:outline-2 focus-visible:outline-ring"
    >
      <div className="relative" style={{ width, height }}>
        <MatrixHeaderRow
          cols={grid.cols}
          colRange={colRange}
          width={width}
          roomsAreRows={grid.roomsAreRows}
          onSelectLine={onSelectLine}
        />
        {virtualRows.map((r) => {
          const item = grid.rows[r.index];
          return item ? (
            <MatrixRow
              key={item.id}
              item={item}
              row={r.index}
              top={r.start}
              height={r.size}
              width={width}
              cols={grid.cols}
              colRange={colRange}
              roomsAreRows={grid.roomsAreRows}
              index={index}
              version={version}
              lensHolds={lensHolds}
              selection={selection}
              activeCol={r.index === active.row ? active.col : -1}
              tipCol={tip?.row === r.index ? tip.col : -1}
              onSelectLine={onSelectLine}
            />
          ) : null;
        })}
      </div>
    </div>
  );
}
