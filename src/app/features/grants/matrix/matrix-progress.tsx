import { useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { accessIndexKey, type useProjectAccessIndex } from "#app/lib/access-index/use-project-access-index.ts";
import { describeError } from "#app/lib/describe-error.ts";

interface MatrixProgressProps {
  access: ReturnType<typeof useProjectAccessIndex>;
}

/** "Reading grants: 12,000 of 50,000", with Cancel; the error with Retry when the read failed. */
export function MatrixProgress({ access }: MatrixProgressProps) {
  const queryClient = useQueryClient();
  const projectId = useParams().projectId ?? "";
  const { progress, error } = access;
  if (error) {
    return (
      <div
        role="alert"
        className="flex items-center gap-3 rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm"
      >
        <span>Could not read the project's grants: {describeError(error)}</span>
        <button type="button" className="rounded border border-line px-2 py-0.5" onClick={() => void access.reload()}>
          Retry
        </button>
      </div>
    );
  }
  if (!access.isLoading && !access.isReloading) return null;
  const total = progress?.total ?? null;
  const loaded = progress?.loaded ?? 0;
  return (
    <div className="flex items-center gap-3 text-sm">
      <progress
        className="h-2 w-48"
        aria-label="Reading grants"
        max={total ?? undefined}
        value={total === null ? undefined : loaded}
      />
      <span aria-live="polite">
        Reading grants: {loaded.toLocaleString("en")}
        {total !== null && ` of ${total.toLocaleString("en")}`}
      </span>
      <button
        type="button"
        className="rounded border border-line px-2 py-0.5 hover:bg-subtle"
        onClick={() => void queryClient.cancelQueries({ queryKey: accessIndexKey(projectId), exact: true })}
      >
        Cancel
      </button>
    </div>
  );
}
