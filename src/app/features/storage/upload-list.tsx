import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { formatBytes } from "./format-bytes.ts";
import { TransferBar } from "./transfer-bar.tsx";
import type { Upload } from "./use-upload-queue.ts";

interface UploadListProps {
  uploads: Upload[];
  onCancel: (id: string) => void;
  onRetry: (id: string) => void;
  onClear: () => void;
}

const statusText: Record<Upload["status"], string> = {
  queued: "Waiting",
  uploading: "Uploading",
  done: "Uploaded",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** Each upload with its progress, speed and state; a failure shows its reason beside it, with Retry. */
export function UploadList({ uploads, onCancel, onRetry, onClear }: UploadListProps) {
  if (uploads.length === 0) return null;
  return (
    <section aria-label="Uploads" className="grid gap-2">
      <ul className="grid gap-2">
        {uploads.map((u) => (
          <li
            key={u.id}
            aria-label={`Upload ${u.path}`}
            className="grid gap-1.5 rounded-lg border border-line bg-surface px-3 py-2 text-sm"
          >
            <div className="flex min-w-0 items-center gap-3">
              <UntrustedText className="flex-1 font-medium">{u.path}</UntrustedText>
              <span className={u.status === "failed" ? "font-medium text-danger" : "text-muted"}>
                {statusText[u.status]}
              </span>
              {(u.status === "queued" || u.status === "uploading") && (
                <Button size="sm" variant="ghost" onClick={() => onCancel(u.id)}>
                  Cancel
                </Button>
              )}
              {(u.status === "failed" || u.status === "cancelled") && (
                <Button size="sm" onClick={() => onRetry(u.id)}>
                  Retry
                </Button>
              )}
            </div>
            {u.status === "uploading" && (
              <div className="grid gap-0.5">
                <TransferBar label={`Uploading ${u.path}`} loaded={u.loaded} total={u.file.size} />
                <span className="text-xs tabular-nums text-muted">{formatBytes(u.speed)}/s</span>
              </div>
            )}
            {u.status === "failed" && u.error && (
              <p role="alert" className="text-xs text-danger">
                {u.error}
              </p>
            )}
          </li>
        ))}
      </ul>
      <div>
        <Button size="sm" variant="ghost" onClick={onClear}>
          Clear finished
        </Button>
      </div>
    </section>
  );
}
