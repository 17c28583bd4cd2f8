import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useRef, useState } from "react";
import { useParams } from "react-router";
import { AccessLoadProgress } from "#app/components/access-load-progress.tsx";
import { BulkActionsBar } from "#app/components/bulk-change/bulk-actions-bar.tsx";
import { GrantDialog } from "#app/components/grant-editor/grant-dialog.tsx";
import { lensByKey } from "#app/lib/access-index/capabilities.ts";
import { useProjectAccessIndex } from "#app/lib/access-index/use-project-access-index.ts";
import { describeError } from "#app/lib/describe-error.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { MatrixGrid } from "./matrix-grid.tsx";
import { MatrixLegend } from "./matrix-legend.tsx";
import { MatrixRevokeDialog } from "./matrix-revoke-dialog.tsx";
import {
  type CellRef,
  emptySelection,
  everythingMatching,
  type Grid,
  resolveCells,
  type Selection,
  toggledLine,
} from "./matrix-selection.ts";
import { MatrixToolbar } from "./matrix-toolbar.tsx";
import { useMatrixAxes } from "./use-matrix-axes.ts";
import { useMatrixCursor } from "./use-matrix-cursor.ts";
import { useMatrixSearch } from "./use-matrix-search.ts";

/** The grant matrix: every room × every member of the project, one cell per grant. */
export function GrantMatrixPage() {
  const projectId = useParams().projectId ?? "";
  // Only admins read grants; the layout says so to others, and nothing is fetched for them.
  const api = useApi();
  const isAdmin = useQuery(projectQueries.role(api, projectId)).data?.isAdmin === true;
  const access = useProjectAccessIndex(projectId, { enabled: isAdmin });
  const { index, version } = access;
  const { view, update } = useMatrixSearch();
  const axes = useMatrixAxes(projectId, index, version, view, isAdmin);
  const lens = lensByKey(view.lens);
  const grid = useMemo<Grid>(
    () =>
      view.rows === "rooms"
        ? { rows: axes.rooms, cols: axes.members, roomsAreRows: true }
        : { rows: axes.members, cols: axes.rooms, roomsAreRows: false },
    [axes.rooms, axes.members, view.rows],
  );

  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [selectionNote, setSelectionNote] = useState("");
  const [editing, setEditing] = useState<CellRef | null>(null);
  const [revoking, setRevoking] = useState<CellRef | null>(null);
  const [pageRows, setPageRows] = useState(10);
  const gridRef = useRef<HTMLDivElement>(null);
  const select = useCallback((next: Selection, note = "") => {
    setSelection(next);
    setSelectionNote(note);
  }, []);
  const cursor = useMatrixCursor(
    grid,
    selection,
    select,
    {
      open: setEditing,
      revoke: (cell) => index?.get(cell.roomId, cell.userId) && setRevoking(cell),
    },
    pageRows,
  );

  const refocus = () => document.querySelector<HTMLElement>('[data-testid="grant-matrix"]')?.focus();
  const closeEditor = () => {
    if (editing)
      void access.refreshCell(
        { id: editing.roomId, name: editing.roomName },
        { id: editing.userId, email: editing.userEmail },
      );
    setEditing(null);
    refocus();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the index's contents
  const bulkSelection = useMemo(
    () => ({
      cells: resolveCells(selection, index),
      description: selectionNote || `${selection.size} ${selection.size === 1 ? "cell" : "cells"}`,
    }),
    [selection, selectionNote, index, version],
  );

  return (
    <section className="grid min-w-0 gap-3" aria-label="Grant matrix" ref={gridRef}>
      <MatrixToolbar view={view} update={update} />
      <AccessLoadProgress access={access} />
      {axes.error && (
        <p role="alert" className="text-danger">
          {describeError(axes.error)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span aria-live="polite">
          {grid.rows.length} {view.rows} × {grid.cols.length} {view.rows === "rooms" ? "members" : "rooms"}
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
      <BulkActionsBar projectId={projectId} selection={bulkSelection} onApplied={() => void access.reload()} />
      <MatrixGrid
        grid={grid}
        index={index}
        version={version}
        lens={lens}
        selection={selection}
        active={cursor.active}
        label={`Grants: ${view.rows === "rooms" ? "rooms × members" : "members × rooms"}`}
        onKeyDown={cursor.onKeyDown}
        onCellClick={(position, modifiers) => {
          if (cursor.onCellClick(position, modifiers)) {
            const r = grid.rows[position.row];
            const c = grid.cols[position.col];
            if (r && c) {
              const [room, member] = grid.roomsAreRows ? [r, c] : [c, r];
              setEditing({ roomId: room.id, roomName: room.label, userId: member.id, userEmail: member.label });
            }
          }
        }}
        onLineClick={(line) => select(toggledLine(selection, grid, line))}
        onPageRows={setPageRows}
      />
      <MatrixLegend />
      {editing && (
        <GrantDialog
          projectId={projectId}
          side={{ party: "room", roomId: editing.roomId, roomName: editing.roomName }}
          target={index?.get(editing.roomId, editing.userId) ? { kind: "edit", id: editing.userId } : { kind: "new" }}
          otherId={editing.userId}
          onClose={closeEditor}
        />
      )}
      {revoking && (
        <MatrixRevokeDialog
          projectId={projectId}
          cell={revoking}
          onDone={(revoked) => {
            if (revoked)
              index?.setCell(
                { id: revoking.roomId, name: revoking.roomName },
                { id: revoking.userId, email: revoking.userEmail },
                null,
              );
            setRevoking(null);
            refocus();
          }}
        />
      )}
    </section>
  );
}
