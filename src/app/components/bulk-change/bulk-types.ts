import type { ApiScope } from "#api/scope/schema.ts";

// The one interface between the grant matrix (it selects) and the bulk actions (they change).
// Neither side imports the other's files: the matrix renders <BulkActionsBar selection onApplied />
// and the bar knows nothing of grids, only of cells.

/** One cell of the matrix: a member's access in a room (not the wire grant; a later IAM backend can fill it). */
export interface AccessCell {
  roomId: string;
  roomName: string;
  userId: string;
  userEmail: string;
  /** The access as the matrix last loaded it; null when the member holds no grant in the room. */
  scope: ApiScope | null;
}

/** What the matrix hands to the bulk actions: the selected cells (resolved over the whole project for "everything matching"). */
export interface BulkSelection {
  cells: AccessCell[];
  /** In words, for the preview's title: "3 cells", "column alice@example.com", "everything matching “ops”". */
  description: string;
}

/** Props of `<BulkActionsBar />` (bulk-actions-bar.tsx, owned by the bulk side). */
export interface BulkActionsBarProps {
  projectId: string;
  selection: BulkSelection;
  /** Called once a bulk apply (or undo) has written something: the matrix reloads its index. */
  onApplied: () => void;
}
