import type { BulkActionsBarProps } from "#app/components/bulk-change/bulk-types.ts";

/** Where the bulk actions bar goes; until it lands, the selection's size. */
export function BulkActionsBarSlot({ selection }: BulkActionsBarProps) {
  if (selection.cells.length === 0) return null;
  return (
    <p className="rounded-md border border-line bg-subtle px-3 py-2 text-sm" data-testid="bulk-selection">
      Selected: {selection.description}
    </p>
  );
}
