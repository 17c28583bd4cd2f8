// For other features ("audit": one-click fixes, snapshot restore, journal revert): render
//   <BulkPreviewDialog projectId title items={desiredScopes([{ cell, scope }, …])} onClose onApplied />
// (`desiredScopes` and `patchCells` are in bulk-plan.ts). `cell.scope` is the grant as you loaded
// it: a cell whose grant changed on the server since then is reported as a conflict, not written.
import { useMemo, useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { retryable } from "#app/lib/bulk-runner.ts";
import { type BulkItem, planBulk } from "./bulk-plan.ts";
import { recordBulkChange } from "./bulk-undo-store.ts";
import { PreviewList } from "./preview-list.tsx";
import { RunProgress, RunReport } from "./run-report.tsx";
import { SensitiveSummary } from "./sensitive-summary.tsx";
import { useBulkRun } from "./use-bulk-run.ts";

export interface BulkPreviewDialogProps {
  projectId: string;
  /** The change in words: the dialog's title, and the undo's. */
  title: string;
  /** The change to preview; the dialog is open while this is set. */
  items: readonly BulkItem[] | null;
  onClose: () => void;
  /** After something was written (the caller reloads what it shows). */
  onApplied?: () => void;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The preview of a bulk change, then its application with progress, cancel, failures and retry. */
export function BulkPreviewDialog({ projectId, title, items, onClose, onApplied }: BulkPreviewDialogProps) {
  const plan = useMemo(() => planBulk(items ?? []), [items]);
  const [consent, setConsent] = useState(false);
  const run = useBulkRun(projectId, (applied) => {
    recordBulkChange(projectId, { description: title, applied });
    onApplied?.();
  });
  const { state } = run;
  const close = () => {
    if (state.phase === "running") return;
    setConsent(false);
    run.reset();
    onClose();
  };
  const by = (action: string) => plan.items.filter((item) => item.action === action).length;
  const again = state.phase === "finished" ? retryable(state.report) : [];

  return (
    <Dialog open={items !== null} onOpenChange={(open) => !open && close()} size="lg" title={title}>
      <div className="grid min-w-0 gap-4" data-testid="bulk-preview">
        {state.phase === "idle" && (
          <>
            <p className="text-sm" data-testid="bulk-counts">
              {count(by("create"), "grant")} to create, {by("change")} to change, {by("delete")} to delete;{" "}
              {plan.unchanged} unchanged.
            </p>
            <SensitiveSummary items={plan.items} />
            {plan.items.length > 0 && <PreviewList items={plan.items} />}
            {plan.needsConsent && (
              <div className="rounded-md border border-amber-500/50 bg-warn-soft p-3 text-warn-fg">
                <CheckboxField
                  label="I understand, and want to give this sensitive access"
                  checked={consent}
                  onChange={(event) => setConsent(event.target.checked)}
                />
              </div>
            )}
          </>
        )}
        {state.phase === "running" && <RunProgress progress={state.progress} cancelling={state.cancelling} />}
        {state.phase === "finished" && <RunReport report={state.report} cancelled={state.cancelled} />}
        <div className="flex justify-end gap-2">
          {state.phase === "running" ? (
            <Button onClick={run.cancel} disabled={state.cancelling}>
              Cancel
            </Button>
          ) : (
            <Button onClick={close}>{state.phase === "finished" ? "Close" : "Cancel"}</Button>
          )}
          {state.phase === "idle" && (
            <Button
              variant="primary"
              disabled={plan.items.length === 0 || (plan.needsConsent && !consent)}
              onClick={() => void run.start(plan.items)}
            >
              Apply {count(plan.items.length, "change")}
            </Button>
          )}
          {state.phase === "finished" && again.length > 0 && (
            <Button variant="primary" onClick={() => void run.retry(again)}>
              Retry {count(again.length, "failed cell")}
            </Button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
