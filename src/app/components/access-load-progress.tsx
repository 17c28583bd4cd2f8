import type { ProjectAccess } from "#app/lib/access-index/use-project-access-index.ts";
import { describeError } from "#app/lib/describe-error.ts";

interface AccessLoadProgressProps {
  access: ProjectAccess;
}

const n = (value: number) => value.toLocaleString("en");
const buttonClass = "rounded border border-line px-2 py-0.5 hover:bg-subtle";

/**
 * The reading of a project's grants: "Reading grants: 12,000 of 50,000" with Cancel; after a
 * cancel, how far it got with "Read again"; a failure with Retry. Nothing once the index is read.
 */
export function AccessLoadProgress({ access }: AccessLoadProgressProps) {
  const { progress, error } = access;
  const loaded = progress?.loaded ?? 0;
  const total = progress?.total ?? null;
  if (error) {
    return (
      <div
        role="alert"
        className="flex items-center gap-3 rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm"
      >
        <span>Could not read the project's grants: {describeError(error)}</span>
        <button type="button" className={buttonClass} onClick={() => void access.reload()}>
          Retry
        </button>
      </div>
    );
  }
  if (access.isCancelled) {
    return (
      <div role="status" className="flex items-center gap-3 text-sm">
        <span>
          Stopped after {n(loaded)}
          {total !== null && ` of ${n(total)}`} grants; what is shown is incomplete.
        </span>
        <button type="button" className={buttonClass} onClick={() => void access.load()}>
          Read again
        </button>
      </div>
    );
  }
  if (!access.isLoading && !access.isReloading) return null;
  return (
    <div className="flex items-center gap-3 text-sm">
      <progress
        className="h-2 w-48"
        aria-label="Reading grants"
        max={total ?? undefined}
        value={total === null ? undefined : loaded}
      />
      <span role="status">
        Reading grants: {n(loaded)}
        {total !== null && ` of ${n(total)}`}
      </span>
      <button type="button" className={buttonClass} onClick={() => void access.cancel()}>
        Cancel
      </button>
    </div>
  );
}
