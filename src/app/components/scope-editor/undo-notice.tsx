import { Button } from "#app/components/ui/button.tsx";

interface UndoNoticeProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A one-line status with Undo, announced politely, kept inside the editor (and so inside any dialog around it). */
export function UndoNotice({ message, onUndo, onDismiss }: UndoNoticeProps) {
  return (
    <div
      role="status"
      className="flex min-w-0 flex-wrap items-center gap-2 rounded-lg border border-line bg-subtle px-3 py-2 text-sm"
    >
      <span className="min-w-0 flex-1 break-words">{message}</span>
      <Button size="sm" onClick={onUndo}>
        Undo
      </Button>
      <Button size="sm" variant="ghost" onClick={onDismiss} aria-label="Dismiss">
        ×
      </Button>
    </div>
  );
}
