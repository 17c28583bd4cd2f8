import { useIsFetching, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { accessIndexKey } from "#app/lib/grant-queries.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { saveFile } from "#app/lib/save-file.ts";
import { useApi } from "#app/lib/use-session.ts";
import type { AuditViewProps } from "../audit-views.tsx";
import { readSnapshot } from "./read-snapshot.ts";
import { snapshotFile, snapshotFileName } from "./snapshot-build.ts";
import { SnapshotComparison } from "./snapshot-comparison.tsx";
import type { Snapshot } from "./snapshot-schema.ts";

const fileInputClass =
  "block w-full text-sm file:mr-3 file:h-9 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:text-fg";

/** Snapshots: save every grant of the project to a file; load one to see what changed since, and restore it. */
export function SnapshotsView({ projectId, index, reload }: AuditViewProps) {
  const info = useQuery(projectQueries.info(useApi(), projectId));
  const project = info.data ? { id: projectId, name: info.data.name } : null;
  const [loaded, setLoaded] = useState<{ fileName: string; snapshot: Snapshot } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const refreshing = useIsFetching({ queryKey: accessIndexKey(projectId), exact: true }) > 0;

  async function save() {
    if (!project) return;
    setSaving(true);
    const at = new Date();
    saveFile(snapshotFileName(project.name, at), await snapshotFile(project, at, index));
    setSaving(false);
  }

  async function load(file: File | undefined) {
    if (!file || !project) return;
    setReading(true);
    setError(null);
    const result = await readSnapshot(file, project);
    setReading(false);
    if (result.ok) {
      setLoaded({ fileName: file.name, snapshot: result.snapshot });
      // Compared with the grants as they are now, not as this page loaded them.
      reload();
    } else setError(`${file.name}: ${result.error}`);
  }

  return (
    <section aria-labelledby="snapshots-heading" className="grid gap-6">
      <h2 id="snapshots-heading" className="text-lg font-semibold">
        Snapshots
      </h2>
      <div className="grid gap-2">
        <p className="text-sm">
          Save all {index.size} grants of the project as a JSON file, to compare with later or to restore from.
        </p>
        <div>
          <Button variant="primary" disabled={!project} pending={saving} onClick={() => void save()}>
            Save snapshot
          </Button>
        </div>
      </div>
      <div className="grid max-w-xl gap-1.5">
        <label htmlFor={inputId} className="text-sm font-medium">
          Load a snapshot to compare
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          disabled={!project}
          aria-describedby={error ? `${inputId}-error` : undefined}
          aria-invalid={error ? true : undefined}
          className={fileInputClass}
          onChange={(event) => {
            void load(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
        {reading && <p role="status">Reading the snapshot…</p>}
        {error && (
          <p id={`${inputId}-error`} role="alert" className="text-sm font-medium text-danger">
            {error}
            {loaded && ` Still comparing with ${loaded.fileName}.`}
          </p>
        )}
      </div>
      {loaded && (
        <SnapshotComparison
          refreshing={refreshing}
          projectId={projectId}
          fileName={loaded.fileName}
          snapshot={loaded.snapshot}
          index={index}
          reload={reload}
        />
      )}
    </section>
  );
}
