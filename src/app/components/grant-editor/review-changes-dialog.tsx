import { useState } from "react";
import { diffScopes, widensSensitive } from "#api/scope/diff.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { describeSensitive } from "#api/scope/sensitive.ts";
import { Button } from "#app/components/ui/button.tsx";
import { CheckboxField } from "#app/components/ui/checkbox-field.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { ChangeList } from "./change-list.tsx";
import { JsonSideBySide } from "./json-side-by-side.tsx";

interface ReviewChangesDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  before: ApiScope;
  after: ApiScope;
  onConfirm: () => void;
  pending: boolean;
  /** A new grant is reviewed against no access at all; its wording says so. */
  creating?: boolean;
  /** The server's answer when saving failed: the dialog stays open to retry. */
  error: string | null;
}

/** Before saving a changed grant (or creating a wide one): the change in words and in JSON, and consent to any sensitive widening. */
export function ReviewChangesDialog(props: ReviewChangesDialogProps) {
  const { open, onOpenChange, before, after, onConfirm, pending, error, creating = false } = props;
  const [confirmed, setConfirmed] = useState(false);
  const changes = diffScopes(before, after);
  const sensitive = widensSensitive(before, after);
  const needsConsent = sensitive.length > 0;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        if (!next) setConfirmed(false);
        onOpenChange(next);
      }}
      size="lg"
      title={creating ? "Review the new grant" : "Review the change"}
      description={
        creating
          ? "What this user will be able to do in the room once you create the grant."
          : "What this user will be able to do differently in the room once you save."
      }
    >
      <ChangeList changes={changes} />
      <details open className="rounded-md border border-line p-2">
        <summary className="cursor-pointer text-sm font-medium">Before and after as JSON</summary>
        <div className="pt-2">
          <JsonSideBySide before={before} after={after} />
        </div>
      </details>
      {needsConsent && (
        <div className="grid gap-2 rounded-md border border-amber-500/50 bg-warn-soft p-3 text-warn-fg">
          <p className="text-sm font-medium">This widens sensitive access: {describeSensitive(sensitive)}.</p>
          <CheckboxField
            label="I understand, and want to give this access"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
        </div>
      )}
      {error && <FormAlert>Could not save: {error}</FormAlert>}
      <div className="flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)} disabled={pending}>
          Back to editing
        </Button>
        <Button variant="primary" onClick={onConfirm} pending={pending} disabled={needsConsent && !confirmed}>
          {pending ? "Saving…" : error ? "Retry" : creating ? "Create grant" : "Save grant"}
        </Button>
      </div>
    </Dialog>
  );
}
