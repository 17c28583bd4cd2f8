import { useState } from "react";
import { type BulkItem, desiredScopes } from "#app/components/bulk-change/bulk-plan.ts";
import { BulkPreviewDialog } from "#app/components/bulk-change/bulk-preview-dialog.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import type { AuditViewProps } from "../audit-views.tsx";
import { PairsTable } from "../overview/pairs-table.tsx";
import { FindingSection } from "./finding-section.tsx";
import { type FixTarget, revokeTargets } from "./findings.ts";
import { GapFindings } from "./gap-findings.tsx";
import { useFindings } from "./use-findings.ts";
import { useFindingsInputs } from "./use-findings-inputs.ts";

/** What looks wrong in the project's access, each kind with a one-click fix through the bulk preview or the matrix. */
export function FindingsView({ projectId, index, reload }: AuditViewProps) {
  const { members, rooms } = useFindingsInputs(projectId);
  const [fix, setFix] = useState<{ title: string; items: BulkItem[] } | null>(null);
  const found = useFindings(index, index.version, members.data, rooms.data);
  const failed = members.error ?? rooms.error;
  if (failed)
    return (
      <div role="alert" className="flex items-center gap-3">
        <p>{describeError(failed)}</p>
        <Button size="sm" onClick={() => void Promise.all([members.refetch(), rooms.refetch()])}>
          Retry
        </Button>
      </div>
    );
  if (!members.data || !rooms.data) return <p role="status">Loading the project's members and rooms…</p>;
  if (!found) return <p role="status">Looking for findings in {index.size} grants…</p>;

  const fixButton = (label: string, title: string, targets: FixTarget[]) => (
    <Button size="sm" variant="primary" onClick={() => setFix({ title, items: desiredScopes(targets) })}>
      {label}
    </Button>
  );
  const orphanFix = "Revoke the grants of former members";
  return (
    <section aria-labelledby="findings-heading" className="grid gap-4">
      <h2 id="findings-heading" className="text-lg font-semibold">
        Findings
      </h2>
      <FindingSection
        id="finding-orphans"
        title="Grants of users who are no longer members"
        count={found.orphans.length}
        noun="grant"
        description="These users left the project (or were never in it) but still hold grants. Fix: revoke them, through the bulk preview."
        fix={fixButton(`Revoke these ${found.orphans.length}`, orphanFix, revokeTargets(found.orphans))}
      >
        <PairsTable label="Grants of former members" pairs={found.orphans} view="findings former members" />
      </FindingSection>
      <GapFindings projectId={projectId} index={index} found={found} rooms={rooms.data ?? []} onFix={setFix} />
      {found.lints.map((lint) => (
        <FindingSection
          key={lint.key}
          id={`finding-${lint.key}`}
          title={lint.title}
          count={lint.pairs.length}
          noun="grant"
          description={`The scope editor warns about these grants. Fix: ${lint.fix.toLowerCase()}, every other field kept, through the bulk preview.`}
          fix={fixButton(lint.fix, `${lint.title}: ${lint.fix.toLowerCase()}`, lint.targets)}
        >
          <PairsTable label={lint.title} pairs={lint.pairs} view={`findings ${lint.title}`} />
        </FindingSection>
      ))}
      <BulkPreviewDialog
        projectId={projectId}
        title={fix?.title ?? ""}
        items={fix?.items ?? null}
        onClose={() => setFix(null)}
        onApplied={reload}
      />
    </section>
  );
}
