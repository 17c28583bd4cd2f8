import type { ReactNode } from "react";
import { Button } from "./button.tsx";
import { FormAlert } from "./form-alert.tsx";

interface FormFooterProps {
  /** The server's refusal not tied to one field, shown above the buttons. */
  error?: ReactNode;
  onCancel: () => void;
  pending: boolean;
  submitLabel: string;
  /** What the submit button says while the request runs; `submitLabel` when absent. */
  pendingLabel?: string;
}

/** A dialog form's last row: its error, Cancel (disabled while sending) and the submit button. */
export function FormFooter({ error, onCancel, pending, submitLabel, pendingLabel }: FormFooterProps) {
  return (
    <>
      {error && <FormAlert>{error}</FormAlert>}
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={pending}>
          {pending ? (pendingLabel ?? submitLabel) : submitLabel}
        </Button>
      </div>
    </>
  );
}
