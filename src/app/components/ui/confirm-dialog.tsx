import type { ReactNode } from "react";
import { Button } from "./button.tsx";
import { Dialog } from "./dialog.tsx";
import { FormAlert } from "./form-alert.tsx";

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  /** What happens, in full sentences; may hold choices (e.g. "also revoke grants"). */
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  onConfirm: () => void;
  pending?: boolean;
  /** The server's answer when the action failed; the dialog stays open. */
  error?: string | null;
  variant?: "danger" | "primary";
}

/** Asks before an action that cannot be undone; Cancel has focus first, so Enter does not destroy. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, description, children, confirmLabel, onConfirm, pending = false, error } = props;
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)} title={title} description={description}>
      {children && <div className="grid min-w-0 gap-3 text-sm">{children}</div>}
      {error && <FormAlert>{error}</FormAlert>}
      <div className="flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)} disabled={pending}>
          Cancel
        </Button>
        <Button variant={props.variant ?? "danger"} onClick={onConfirm} pending={pending}>
          {pending ? (props.pendingLabel ?? confirmLabel) : confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
