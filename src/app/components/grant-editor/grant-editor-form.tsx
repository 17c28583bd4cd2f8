import { type Ref, useImperativeHandle, useState } from "react";
import { toast } from "sonner";
import { ApiError } from "#api/errors.ts";
import { widensSensitive } from "#api/scope/diff.ts";
import { scopesEqual } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { ProjectScopeEditor } from "#app/components/scope-editor/project-scope-editor.tsx";
import { useScopeEditor } from "#app/components/scope-editor/use-scope-editor.ts";
import { Button } from "#app/components/ui/button.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { useUnsavedChangesGuard } from "#app/lib/use-unsaved-changes-guard.ts";
import { DiscardChangesDialog } from "./discard-changes-dialog.tsx";
import { ReviewChangesDialog } from "./review-changes-dialog.tsx";
import { RevokeGrantDialog } from "./revoke-grant-dialog.tsx";
import { ServerProblem } from "./server-problem.tsx";
import { type GrantTarget, useGrantMutations } from "./use-grant-mutations.ts";

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

/**
 * What the editor learnt, when the opener can use it without a read: "saved" (the grant was created
 * or changed), "revoked" (the grant is gone), "party-gone" (a save failed because the room or the
 * member was deleted meanwhile).
 */
export type GrantOutcome = "saved" | "revoked" | "party-gone";

/** A 404, or a 400 naming the room or the member: the grant's room or member no longer exists. */
const partyGone = (error: unknown) =>
  error instanceof ApiError &&
  (error.status === 404 ||
    (error.status === 400 && (error.issueFor("room_id") !== undefined || error.issueFor("user_id") !== undefined)));

/** The scope editor with Save (reviewed when editing), Cancel and Revoke. */
export function GrantEditorForm(props: GrantEditorFormProps) {
  const { target, existing, initial, who, onLeave, onOutcome, cancelRef } = props;
  const editor = useScopeEditor(existing ?? initial);
  const { create, update, revoke } = useGrantMutations(target);
  const [reviewing, setReviewing] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [gone, setGone] = useState(false);
  const noteGone = (error: unknown) => {
    if (!partyGone(error)) return;
    setGone(true);
    onOutcome?.("party-gone");
  };
  const valid = editor.errors.length === 0;
  const unchanged = existing !== undefined && valid && scopesEqual(existing, editor.lastValid);
  const dirty = !valid || !scopesEqual(existing ?? initial, editor.lastValid);
  const guard = useUnsavedChangesGuard(dirty);
  const cancel = () => guard.requestLeave(() => onLeave(gone ? "party-gone" : undefined));
  useImperativeHandle(cancelRef, () => cancel);

  const leave = (message: string, outcome: GrantOutcome) => {
    toast.success(message);
    guard.allowLeaving();
    onOutcome?.(outcome);
    onLeave(outcome);
  };
  // A failure closes the review: the problem is shown under the editor (with "edit the existing one" for a 409).
  const saveNew = () =>
    create.mutate(editor.lastValid, {
      onSuccess: () => leave(`Access granted to ${who.slice(0, 120)}`, "saved"),
      onError: (error) => {
        setReviewing(false);
        noteGone(error);
      },
    });
  // A new grant that gives sensitive access (admin, secrets, tunnels, storage write) is reviewed first,
  // as a widening edit is; anything narrower is created at once.
  const requestCreate = () =>
    widensSensitive(presets.none(), editor.lastValid).length > 0 ? setReviewing(true) : saveNew();
  const saveChange = () =>
    update.mutate(editor.lastValid, {
      onSuccess: () => leave(`Grant of ${who.slice(0, 120)} saved`, "saved"),
      onError: noteGone,
    });

  return (
    <div className="grid min-w-0 gap-5">
      <ProjectScopeEditor
        projectId={target.projectId}
        editor={editor}
        actions={
          <>
            {create.isError && !reviewing && (
              <ServerProblem error={create.error} action="create the grant" target={target} onRetry={saveNew} />
            )}
            <div className="-mx-1 flex flex-wrap items-center gap-2 border-t border-line bg-canvas/95 px-1 py-3 backdrop-blur">
              {existing ? (
                <Button variant="primary" disabled={!valid || unchanged} onClick={() => setReviewing(true)}>
                  Review and save…
                </Button>
              ) : (
                <Button variant="primary" disabled={!valid} pending={create.isPending} onClick={requestCreate}>
                  {create.isPending ? "Creating…" : "Create grant"}
                </Button>
              )}
              <Button onClick={cancel}>Cancel</Button>
              <span className="text-xs text-muted" aria-live="polite">
                {!valid ? "Fix the problems above to save." : unchanged ? "No changes yet." : ""}
              </span>
              {existing && (
                <Button variant="danger" className="ml-auto" onClick={() => setRevoking(true)}>
                  Revoke grant…
                </Button>
              )}
            </div>
          </>
        }
      />
      <DiscardChangesDialog question={guard.question} />
      {!existing && (
        <ReviewChangesDialog
          creating
          open={reviewing}
          onOpenChange={setReviewing}
          before={presets.none()}
          after={editor.lastValid}
          onConfirm={saveNew}
          pending={create.isPending}
          error={null}
        />
      )}
      {existing && (
        <>
          <ReviewChangesDialog
            open={reviewing}
            onOpenChange={(open) => {
              setReviewing(open);
              if (!open) update.reset();
            }}
            before={existing}
            after={editor.lastValid}
            onConfirm={saveChange}
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
            onConfirm={() =>
              revoke.mutate(undefined, { onSuccess: () => leave(`Grant of ${who.slice(0, 120)} revoked`, "revoked") })
            }
            pending={revoke.isPending}
            error={revoke.isError ? describeError(revoke.error) : null}
          />
        </>
      )}
    </div>
  );
}
