import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { useParams } from "react-router";
import { AccessLoadProgress } from "#app/components/access-load-progress.tsx";
import { BulkActionsBar } from "#app/components/bulk-change/bulk-actions-bar.tsx";
import { lensByKey } from "#app/lib/access-index/capabilities.ts";
import { useProjectAccessIndex } from "#app/lib/access-index/use-project-access-index.ts";
import { describeError } from "#app/lib/describe-error.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { MatrixCellDialogs } from "./matrix-cell-dialogs.tsx";
import { MatrixEmptyState, matrixEmptyReasons } from "./matrix-empty-state.tsx";
import { MatrixGrid } from "./matrix-grid.tsx";
import { MatrixLegend } from "./matrix-legend.tsx";
import { refreshMatrixAxes } from "./matrix-queries.ts";
import {
  type CellRef,
  emptySelection,
  type Grid,
  resolveCells,
  type Selection,
  toggledLine,
} from "./matrix-selection.ts";
import { MatrixSelectionBar } from "./matrix-selection-bar.tsx";
import { MatrixToolbar } from "./matrix-toolbar.tsx";
import { useMatrixAxes } from "./use-matrix-axes.ts";
import { useMatrixCursor } from "./use-matrix-cursor.ts";
import { useMatrixSearch } from "./use-matrix-search.ts";

/** The grant matrix: every room × every member of the project, one cell per grant. */
export function GrantMatrixPage() {
  const projectId = useParams().projectId ?? "";
  // Only admins read grants; the layout says so to others, and nothing is fetched for them.
  const api = useApi();
  const queryClient = useQueryClient();
  const isAdmin = useQuery(projectQueries.role(api, projectId)).data?.isAdmin === true;
  const access = useProjectAccessIndex(projectId, { enabled: isAdmin });
  const { index, version } = access;
  const { view, update } = useMatrixSearch();
  const axes = useMatrixAxes(projectId, index, version, view, {
    enabled: isAdmin,
    indexRead: index !== null && !access.isLoading,
  });
  const emptyReasons = axes.error ? [] : matrixEmptyReasons(view, axes.roomAxis, axes.memberAxis);
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the index's contents
  const bulkSelection = useMemo(
    () => ({
      cells: resolveCells(selection, index),
      description: selectionNote || `${selection.size} ${selection.size === 1 ? "cell" : "cells"}`,
    }),
    [selection, selectionNote, index, version],
  );

  return (
    <section className="grid min-w-0 gap-3" aria-label="Grant matrix">
      <MatrixToolbar view={view} update={update} />
      <AccessLoadProgress access={access} />
      {axes.error && (
        <p role="alert" className="text-danger">
          {describeError(axes.error)}
        </p>
      )}
      <MatrixSelectionBar grid={grid} index={index} lens={lens} selection={selection} select={select} />
      <BulkActionsBar
        projectId={projectId}
        selection={bulkSelection}
        onApplied={() => void Promise.all([access.reload(), refreshMatrixAxes(queryClient, projectId)])}
      />
      {emptyReasons.length > 0 ? (
        <MatrixEmptyState projectId={projectId} reasons={emptyReasons} update={update} />
      ) : (
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
      )}
      <MatrixLegend />
      <MatrixCellDialogs
        projectId={projectId}
        access={access}
        editing={editing}
        revoking={revoking}
        onClosed={() => {
          setEditing(null);
          setRevoking(null);
        }}
      />
    </section>
  );
}
