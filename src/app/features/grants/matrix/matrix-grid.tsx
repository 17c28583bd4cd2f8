import { useVirtualizer } from "@tanstack/react-virtual";
import { type MouseEvent, useEffect, useRef } from "react";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import type { Lens } from "#app/lib/access-index/capabilities.ts";
import { MatrixCell } from "./matrix-cell.tsx";
import { AxisHeader } from "./matrix-headers.tsx";
import { cellAt, cellKey, type Grid, type Selection } from "./matrix-selection.ts";
import type { Position } from "./use-matrix-cursor.ts";

export const CELL_W = 64;
export const ROW_H = 30;
export const HEAD_W = 224;
export const HEAD_H = 132;

export interface MatrixGridProps {
  grid: Grid;
  index: AccessIndex | null;
  version: number;
  lens: Lens | undefined;
  selection: Selection;
  active: Position;
  label: string;
  onKeyDown: (event: React.KeyboardEvent) => void;
  onCellClick: (position: Position, modifiers: { shift: boolean; ctrl: boolean }) => void;
  onLineClick: (line: { row: number } | { col: number }) => void;
  /** Rows one PageUp/PageDown moves, as measured from the viewport. */
  onPageRows: (rows: number) => void;
}

const cellId = (row: number, col: number) => `matrix-cell-${row}-${col}`;

/** The matrix itself: both axes virtualised, sticky headers, one focusable grid with an active descendant. */
export function MatrixGrid(p: MatrixGridProps) {
  const { grid, index, lens, selection, active } = p;
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: grid.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    paddingStart: HEAD_H,
    scrollPaddingStart: HEAD_H,
    overscan: 4,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: grid.cols.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CELL_W,
    paddingStart: HEAD_W,
    scrollPaddingStart: HEAD_W,
    overscan: 2,
  });
  const { onPageRows } = p;

  // Keep the active cell on screen (it may be far away after End or PageDown).
  useEffect(() => {
    if (grid.rows.length > 0) rows.scrollToIndex(active.row);
    if (grid.cols.length > 0) cols.scrollToIndex(active.col);
  }, [active.row, active.col, rows, cols, grid.rows.length, grid.cols.length]);

  useEffect(() => {
    const element = scrollRef.current;
    if (element) onPageRows(Math.max(1, Math.floor((element.clientHeight - HEAD_H) / ROW_H) - 1));
  }, [onPageRows]);

  const virtualRows = rows.getVirtualItems();
  const virtualCols = cols.getVirtualItems();
  const width = cols.getTotalSize();
  const activeShown =
    virtualRows.some((r) => r.index === active.row) && virtualCols.some((c) => c.index === active.col);

  const onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-row][data-col]");
    if (!target) return;
    const position = { row: Number(target.dataset.row), col: Number(target.dataset.col) };
    p.onCellClick(position, { shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey });
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
      onKeyDown={p.onKeyDown}
      onClick={onClick}
      data-testid="grant-matrix"
      className="relative h-[calc(100vh-18rem)] min-h-80 overflow-auto overscroll-contain rounded-lg border border-line bg-surface focus-visible:outline-2 focus-visible:outline-ring"
    >
      <div className="relative" style={{ width, height: rows.getTotalSize() }}>
        {/* biome-ignore lint/a11y/useSemanticElements: a row of the ARIA grid, virtualised on both axes (no <table> layout) */}
        <div
          role="row"
          tabIndex={-1}
          aria-rowindex={1}
          className="sticky top-0 z-20 flex bg-surface"
          style={{ width, height: HEAD_H }}
        >
          {/* biome-ignore lint/a11y/useSemanticElements: as above */}
          <div
            role="columnheader"
            tabIndex={-1}
            aria-colindex={1}
            className="sticky left-0 z-30 flex items-end border-r border-b border-line bg-surface p-2 text-xs text-muted"
            style={{ width: HEAD_W, height: HEAD_H }}
          >
            {grid.roomsAreRows ? "Rooms \\ members" : "Members \\ rooms"}
          </div>
          {virtualCols.map((c) => {
            const item = grid.cols[c.index];
            return item ? (
              <AxisHeader
                key={item.id}
                kind="col"
                index={c.index}
                item={item}
                style={{ left: c.start, width: c.size, height: HEAD_H }}
                onSelect={() => p.onLineClick({ col: c.index })}
              />
            ) : null;
          })}
        </div>
        {virtualRows.map((r) => {
          const item = grid.rows[r.index];
          if (!item) return null;
          return (
            // biome-ignore lint/a11y/useSemanticElements: as above
            <div
              key={item.id}
              role="row"
              tabIndex={-1}
              aria-rowindex={r.index + 2}
              className="absolute left-0 flex"
              style={{ top: r.start, height: r.size, width }}
            >
              <AxisHeader
                kind="row"
                index={r.index}
                item={item}
                style={{ width: HEAD_W, height: r.size }}
                onSelect={() => p.onLineClick({ row: r.index })}
              />
              {virtualCols.map((c) => {
                const cell = cellAt(grid, r.index, c.index);
                if (!cell) return null;
                const entry = index?.get(cell.roomId, cell.userId);
                const summary = entry ? `${entry.summary} (${entry.label})` : "no grant";
                return (
                  <MatrixCell
                    key={c.key}
                    id={cellId(r.index, c.index)}
                    row={r.index}
                    col={c.index}
                    left={c.start}
                    width={c.size}
                    label={`${cell.roomName}, ${cell.userEmail}: ${summary}`}
                    glyphs={entry?.glyphs ?? ""}
                    level={entry?.level ?? null}
                    dimmed={lens !== undefined && (!entry || !lens.holds(entry.scope))}
                    selected={selection.has(cellKey(cell.roomId, cell.userId))}
                    active={r.index === active.row && c.index === active.col}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
