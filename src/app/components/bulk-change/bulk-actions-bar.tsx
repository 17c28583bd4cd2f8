import { useState } from "react";
import type { ScopePatch } from "#api/scope/patch.ts";
import { describePatch } from "#api/scope/patch-words.ts";
import { Button } from "#app/components/ui/button.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { copyScope, useCopiedScope } from "./bulk-clipboard.ts";
import { type BulkItem, patchCells } from "./bulk-plan.ts";
import { BulkPreviewDialog } from "./bulk-preview-dialog.tsx";
import type { BulkActionsBarProps } from "./bulk-types.ts";
import { undoItems, useLastBulkChange } from "./bulk-undo-store.ts";
import { CopyGrantsDialog } from "./copy-grants-dialog.tsx";
import { PatchForm } from "./patch-form.tsx";
import { SetScopeDialog } from "./set-scope-dialog.tsx";

type Step = "set-scope" | "patch" | "copy-grants" | null;

/** What can be done to the selected cells at once; every action goes through the preview. */
export function BulkActionsBar({ projectId, selection, onApplied }: BulkActionsBarProps) {
  const { cells } = selection;
  const [step, setStep] = useState<Step>(null);
  const [preview, setPreview] = useState<{ title: string; items: BulkItem[] } | null>(null);
  const copied = useCopiedScope();
  const last = useLastBulkChange(projectId);
  const single = cells.length === 1 ? cells[0] : undefined;
  const users = new Set(cells.map((cell) => cell.userId));
  const about = `${selection.description} (${cells.length} ${cells.length === 1 ? "cell" : "cells"})`;
  const show = (title: string, items: BulkItem[]) => {
    setStep(null);
    setPreview({ title, items });
  };
  const patch = (p: ScopePatch, title = describePatch(p)) => show(`${title}: ${about}`, patchCells(cells, p));
  const none = cells.length === 0;

  return (
    <section aria-label="Bulk actions" className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted" aria-live="polite">
        {none ? "Select cells to change them together." : `${cells.length} selected`}
      </span>
      <Button size="sm" disabled={none} onClick={() => setStep("set-scope")}>
        Set scope…
      </Button>
      <Button size="sm" disabled={none} onClick={() => setStep("patch")}>
        Patch…
      </Button>
      <Button size="sm" disabled={none} onClick={() => patch({ kind: "replace", scope: null })}>
        Revoke
      </Button>
      <Button
        size="sm"
        disabled={single?.scope == null}
        onClick={() =>
          single?.scope && copyScope({ scope: single.scope, from: `${single.userEmail} in ${single.roomName}` })
        }
      >
        Copy scope
      </Button>
      <Button
        size="sm"
        disabled={none || copied === null}
        title={copied ? `Paste the scope of ${copied.from}` : undefined}
        onClick={() => copied && patch({ kind: "replace", scope: copied.scope }, `Paste the scope of ${copied.from}`)}
      >
        Paste scope
      </Button>
      <Button size="sm" onClick={() => setStep("copy-grants")}>
        Copy grants…
      </Button>
      {last && (
        <Button size="sm" variant="ghost" onClick={() => show(`Undo: ${last.description}`, undoItems(last))}>
          Undo last bulk change
        </Button>
      )}
      <SetScopeDialog
        projectId={projectId}
        open={step === "set-scope"}
        cellCount={cells.length}
        onClose={() => setStep(null)}
        onPreview={(scope) => patch({ kind: "replace", scope }, "Set the scope")}
      />
      <Dialog
        open={step === "patch"}
        onOpenChange={(open) => !open && setStep(null)}
        title="Patch the selected grants"
        description="Changes one thing and keeps every other field of each grant."
      >
        <PatchForm onSubmit={(p) => patch(p)} onCancel={() => setStep(null)} />
      </Dialog>
      {step === "copy-grants" && (
        <CopyGrantsDialog
          projectId={projectId}
          open
          initialFrom={users.size === 1 ? (cells[0]?.userId ?? null) : null}
          onClose={() => setStep(null)}
          onPreview={(items, title) => show(title, items)}
        />
      )}
      <BulkPreviewDialog
        projectId={projectId}
        title={preview?.title ?? ""}
        items={preview?.items ?? null}
        onClose={() => setPreview(null)}
        onApplied={onApplied}
      />
    </section>
  );
}
