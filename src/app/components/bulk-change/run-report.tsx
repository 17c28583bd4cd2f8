import type { BulkProgress, BulkReport } from "#app/lib/bulk-runner.ts";
import type { AppliedItem } from "./bulk-apply.ts";
import type { BulkItem } from "./bulk-plan.ts";

/** The progress bar while the change is being written. */
export function RunProgress({ progress, cancelling }: { progress: BulkProgress; cancelling: boolean }) {
  const finished = progress.done + progress.failed;
  return (
    <div className="grid gap-1">
      <progress
        aria-label="Applying the change"
        max={progress.total}
        value={finished}
        className="h-2 w-full accent-accent"
      />
      <p className="text-sm" aria-live="polite">
        {cancelling ? "Cancelling: waiting for the requests already sent… " : ""}
        {finished} of {progress.total} done{progress.failed > 0 ? `, ${progress.failed} failed` : ""}
      </p>
    </div>
  );
}

/** What was written, what failed and why (the server's reason, or a conflict), what never started. */
export function RunReport({ report, cancelled }: { report: BulkReport<BulkItem, AppliedItem>; cancelled: boolean }) {
  const conflicts = report.failed.filter((f) => f.conflict).length;
  return (
    <div className="grid gap-2" data-testid="bulk-report">
      <p className="text-sm font-medium" role="status">
        {report.done.length} applied
        {report.failed.length > conflicts ? `, ${report.failed.length - conflicts} failed` : ""}
        {conflicts > 0 ? `, ${conflicts} not written (changed meanwhile)` : ""}
        {cancelled ? `, cancelled: ${report.skipped.length} not started` : ""}.
      </p>
      {report.failed.length > 0 && (
        <ul
          aria-label="Cells not written"
          className="grid max-h-48 gap-1 overflow-y-auto rounded-md bg-subtle px-3 py-2"
        >
          {report.failed.map(({ item, reason, conflict }) => (
            <li key={`${item.cell.roomId}/${item.cell.userId}`} className="text-sm break-words">
              <span className="font-medium">{conflict ? "Conflict" : "Failed"}</span>: {item.cell.userEmail} in{" "}
              {item.cell.roomName}: {reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
