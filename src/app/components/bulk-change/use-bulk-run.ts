import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { type BulkProgress, type BulkReport, runBulk } from "#app/lib/bulk-runner.ts";
import { grantKeys } from "#app/lib/grant-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { type AppliedItem, applyBulkItem } from "./bulk-apply.ts";
import { type BulkItem, byRoom } from "./bulk-plan.ts";
import { currentGrants } from "./current-grants.ts";
import { throttle } from "./throttle.ts";

// Each progress render costs a frame (the dialog over the matrix): a few a second are enough to read.
const PROGRESS_EVERY_MS = 200;

export type BulkRunState =
  | { phase: "idle" }
  | { phase: "running"; progress: BulkProgress; cancelling: boolean }
  | { phase: "finished"; report: BulkReport<BulkItem, AppliedItem>; cancelled: boolean };

/**
 * Applies planned items through the bulk runner: progress, cancel, and a report. `onWritten` gets
 * every item applied so far (a retry adds to the earlier runs), to refresh the matrix and keep undo.
 */
export function useBulkRun(projectId: string, onWritten: (applied: AppliedItem[]) => void) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkRunState>({ phase: "idle" });
  const controller = useRef<AbortController | null>(null);
  const applied = useRef<AppliedItem[]>([]);
  // One id per bulk change (its retries included), sent with each write for the change journal.
  const bulkId = useRef("");

  async function run(items: readonly BulkItem[], fresh: boolean) {
    if (fresh) {
      applied.current = [];
      bulkId.current = crypto.randomUUID();
    }
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: "running", progress: { total: items.length, done: 0, failed: 0 }, cancelling: false });
    // Each room is read once for its cells (current-grants.ts): its cells run one after another.
    const current = currentGrants(api, projectId, abort.signal);
    const progress = throttle<BulkProgress>(
      (progress) =>
        setState((previous) =>
          previous.phase === "running" ? { ...previous, progress } : { phase: "running", progress, cancelling: false },
        ),
      PROGRESS_EVERY_MS,
    );
    const task = (item: BulkItem) => applyBulkItem(api, projectId, item, current, bulkId.current);
    const report = await runBulk(byRoom(items), task, { signal: abort.signal, onProgress: progress.push });
    progress.cancel();
    applied.current = [...applied.current, ...report.done.map((d) => d.value)];
    setState({ phase: "finished", report, cancelled: abort.signal.aborted });
    // Lists, counts and the journal; the access index (not under grantKeys.all) is the caller's to reload (onApplied).
    await queryClient.invalidateQueries({ queryKey: grantKeys.all(projectId) });
    onWritten(applied.current);
  }

  return {
    state,
    start: (items: readonly BulkItem[]) => run(items, true),
    retry: (items: readonly BulkItem[]) => run(items, false),
    cancel: () => {
      controller.current?.abort();
      setState((previous) => (previous.phase === "running" ? { ...previous, cancelling: true } : previous));
    },
    reset: () => setState({ phase: "idle" }),
  };
}
