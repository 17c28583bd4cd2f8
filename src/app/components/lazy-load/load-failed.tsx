import { describeError } from "#app/lib/describe-error.ts";
import { Button } from "../ui/button.tsx";

interface LoadFailedProps {
  /** "this page", "the New room form" */
  what: string;
  error: unknown;
  pending: boolean;
  onRetry: () => void;
  onClose?: (() => void) | undefined;
  className?: string;
}

/** A part of the console whose code could not be fetched: said in place, with Retry. */
export function LoadFailed({ what, error, pending, onRetry, onClose, className = "" }: LoadFailedProps) {
  return (
    <div
      role="alert"
      className={`grid justify-items-start gap-3 rounded-xl border border-line bg-surface p-6 shadow-sm ${className}`}
    >
      <p className="font-medium">Could not load {what}.</p>
      {/* A fetch that failed says TypeError; anything else is a bug worth naming. */}
      <p className="text-sm text-muted">
        {error === null || error instanceof TypeError
          ? "The server did not answer; it may be stopped or restarting. This retries by itself every few seconds, and nothing you typed elsewhere is lost."
          : describeError(error)}
      </p>
      <div className="flex gap-2">
        <Button variant="primary" onClick={onRetry} pending={pending}>
          Retry
        </Button>
        {onClose && <Button onClick={onClose}>Close</Button>}
      </div>
    </div>
  );
}
