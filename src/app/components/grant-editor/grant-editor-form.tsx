import { useQueryClient } from "@tanstack/react-query";
import { type Ref, useImperativeHandle, useState } from "react";
import { toast } from "sonner";
import { scopesEqual } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { ProjectScopeEditor } from "#app/components/scope-editor/project-scope-editor.tsx";
import { useScopeEditor } from "#app/components/scope-editor/use-scope-editor.ts";
import { Button } from "#app/components/ui/button.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { refreshAfterPartyGone } from "#app/lib/refresh-after-removal.ts";
import { useUnsavedChangesGuard } from "#app/lib/use-unsaved-changes-guard.ts";
import { DiscardChangesDialog } from "./discard-changes-dialog.tsx";
import { GrantGoneAlert } from "./grant-gone-alert.tsx";
import { ReviewChangesDialog } from "./review-changes-dialog.tsx";
import { RevokeGrantDialog } from "./revoke-grant-dialog.tsx";
import { ServerProblem } from "./server-problem.tsx";
import type { GrantTarget } from "./use-grant-mutations.ts";
import { type GrantOutcome, useGrantSave } from "./use-grant-save.ts";

interface GrantEditorFormProps {
  target: GrantTarget;
  /** The stored grant when editing; absent when creating. */
  existing?: ApiScope;
  /** Where a new grant starts. */
  initial: ApiScope;
  /** Who and where, for messages: "ada@example.com in lobby". */
  who: string;
  /** After save, revoke or Cancel: back to the page that opened the editor, or close its dialog. */
  onLeave: (outcome?: GrantOutcome) => void;
  /** Told as soon as the editor learns an outcome, so a dialog closed another way (Escape) still passes it on. */
  onOutcome?: ((outcome: GrantOutcome) => void) | undefined;
  /** Set to the form's Cancel (asks first when there are unsaved edits), for a dialog's Escape and click outside. */
  cancelRef?: Ref<() => void> | undefined;
}

/** The scope editor with Save (reviewed when editing), Cancel and Revoke; a grant found gone on save is told here. */
export function GrantEditorForm(props: GrantEditorFormProps) {
  const { target, existing, initial, who, onLeave, onOutcome, cancelRef } = props;
  const editor = useScopeEditor(existing ?? initial);
  const [revoking, setRevoking] = useState(false);
  const valid = editor.errors.length === 0;
  const dirty = !valid || !scopesEqual(existing ?? initial, editor.lastValid);
  const guard = useUnsavedChangesGuard(dirty);
  const leave = (message: string, outcome: GrantOutcome) => {
    toast.success(message);
    guard.allowLeaving();
    onOutcome?.(outcome);
    onLeave(outcome);
  };
  const save = useGrantSave({ target, who, scope: editor.lastValid, onOutcome, leave });
  const { create, update, revoke, reviewing, setReviewing, gone } = save;
  const queryClient = useQueryClient();
  const cancel = () =>
    guard.requestLeave(() => {
      onLeave(save.learnt);
      if (save.learnt === "party-gone") void refreshAfterPartyGone(queryClient, target.projectId);
    });
  useImperativeHandle(cancelRef, () => cancel);
  // Once a save found the grant gone, there is no stored grant to change or revoke: only to create again.
  const stored = gone ? undefined : existing;
  const unchanged = stored !== undefined && valid && scopesEqual(stored, editor.lastValid);
  const createLabel = create.isPending ? "Creating…" : gone ? "Create the grant with these changes" : "Create grant";
  const createButton = (
    <Button variant="primary" disabled={!valid} pending={create.isPending} onClick={save.requestCreate}>
      {createLabel}
    </Button>
  );

  return (
    <div className="grid min-w-0 gap-5">
      <ProjectScopeEditor
        projectId={target.projectId}
        editor={editor}
        actions={
          <>
            {gone && <GrantGoneAlert parties={gone} roomName={target.roomName} createAction={createButton} />}
            {create.isError && !reviewing && (
              <ServerProblem error={create.error} action="create the grant" target={target} onRetry={save.saveNew} />
            )}
            <div className="-mx-1 flex flex-wrap items-center gap-2 border-t border-line bg-canvas/95 px-1 py-3 backdrop-blur">
              {stored ? (
                <Button variant="primary" disabled={!valid || unchanged} onClick={() => setReviewing(true)}>
                  Review and save…
                </Button>
              ) : (
                !gone && createButton
              )}
              <Button onClick={cancel}>Cancel</Button>
              <span className="text-xs text-muted" aria-live="polite">
                {!valid ? "Fix the problems above to save." : unchanged ? "No changes yet." : ""}
              </span>
              {stored && (
                <Button variant="danger" className="ml-auto" onClick={() => setRevoking(true)}>
                  Revoke grant…
                </Button>
              )}
            </div>
          </>
        }
      />
      <DiscardChangesDialog question={guard.question} />
      {!stored && (
        <ReviewChangesDialog
          creating
          open={reviewing}
          onOpenChange={setReviewing}
          before={presets.none()}
          after={editor.lastValid}
          onConfirm={save.saveNew}
          pending={create.isPending}
          error={null}
        />
      )}
      {stored && (
        <>
          <ReviewChangesDialog
            open={reviewing}
            onOpenChange={(open) => {
              setReviewing(open);
              if (!open) update.reset();
            }}
            before={stored}
            after={editor.lastValid}
            onConfirm={save.saveChange}
            pending={update.isPending}
            error={update.isError ? describeError(update.error) : null}
          />
          <RevokeGrantDialog
            open={revoking}
            onOpenChange={(open) => {
              setRevoking(open);
              if (!open) revoke.reset();
            }}
            who={who}
            onConfirm={save.revokeNow}
            pending={revoke.isPending}
            error={revoke.isError ? describeError(revoke.error) : null}
          />
        </>
      )}
    </div>
  );
}
