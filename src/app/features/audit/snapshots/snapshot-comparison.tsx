import { useMemo, useState, useSyncExternalStore } from "react";
import { useSearchParams } from "react-router";
import type { BulkItem } from "#app/components/bulk-change/bulk-plan.ts";
import { BulkPreviewDialog } from "#app/components/bulk-change/bulk-preview-dialog.tsx";
import { Button } from "#app/components/ui/button.tsx";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { ExportButtons } from "../export-buttons.tsx";
import { ChangeGroupList } from "./change-group-list.tsx";
import {
  countKinds,
  countsText,
  exportColumns,
  exportRows,
  type GroupBy,
  groupChanges,
  restoreItems,
} from "./change-groups.ts";
import type { GrantChange } from "./snapshot-diff.ts";
import { diffSnapshot } from "./snapshot-diff.ts";
import type { Snapshot } from "./snapshot-schema.ts";

interface SnapshotComparisonProps {
  projectId: string;
  fileName: string;
  snapshot: Snapshot;
  index: AccessIndex;
  reload: () => void;
  /** The index is being read again: the changes shown would be stale. */
  refreshing: boolean;
}

/** What changed since a snapshot, grouped by room or by member, each part restorable through the bulk preview. */
export function SnapshotComparison(props: SnapshotComparisonProps) {
  const { projectId, fileName, snapshot, index, reload, refreshing } = props;
  const [params, setParams] = useSearchParams();
  const by: GroupBy = params.get("by") === "member" ? "member" : "room";
  const version = useSyncExternalStore(index.subscribe, () => index.version);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index is mutated in place; `version` says when.
  const changes = useMemo(() => diffSnapshot(snapshot, index), [snapshot, index, version]);
  const groups = useMemo(() => groupChanges(changes, by), [changes, by]);
  const rows = useMemo(() => exportRows(groups), [groups]);
  const [restore, setRestore] = useState<{ title: string; items: BulkItem[] } | null>(null);
  const open = (title: string, part: readonly GrantChange[]) => setRestore({ title, items: restoreItems(part) });
  const takenAt = new Date(snapshot.takenAt).toLocaleString();

  return (
    <section aria-labelledby="comparison-heading" className="grid gap-4">
      <h3 id="comparison-heading" className="font-semibold">
        Changes since the snapshot of {takenAt}
      </h3>
      <p className="text-sm text-muted">
        {fileName}: {snapshot.size} grants then, {index.size} now.
      </p>
      <p role="status" className="text-sm font-medium" data-testid="snapshot-counts">
        {refreshing
          ? "Reading the project's grants as they are now…"
          : changes.length === 0
            ? "No changes since the snapshot."
            : `${changes.length} ${changes.length === 1 ? "grant" : "grants"} changed: ${countsText(countKinds(changes))}.`}
      </p>
      <div hidden={refreshing} className="flex flex-wrap items-end justify-between gap-3">
        <fieldset className="flex gap-4 text-sm">
          <legend className="mb-1 font-medium">Group changes</legend>
          {(["room", "member"] as const).map((value) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="snapshot-group-by"
                checked={by === value}
                onChange={() =>
                  setParams((p) => {
                    p.set("by", value);
                    return p;
                  })
                }
              />
              By {value}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="primary"
            size="sm"
            disabled={changes.length === 0}
            onClick={() => open(`Restore all ${changes.length} changes from the snapshot`, changes)}
          >
            Restore all
          </Button>
          <ExportButtons view="snapshot-changes" columns={exportColumns} rows={rows} />
        </div>
      </div>
      {!refreshing && <ChangeGroupList groups={groups} by={by} onRestore={open} />}
      <BulkPreviewDialog
        projectId={projectId}
        title={restore?.title ?? ""}
        items={restore?.items ?? null}
        onClose={() => setRestore(null)}
        onApplied={reload}
      />
    </section>
  );
}
