import { formatBytes } from "./format-bytes.ts";

interface TransferBarProps {
  label: string;
  loaded: number;
  total: number | undefined;
}

/** Bytes moved of the total, as a progress bar a screen reader can read. */
export function TransferBar({ label, loaded, total }: TransferBarProps) {
  return (
    <div className="grid gap-1">
      <progress
        aria-label={label}
        className="h-2 w-full accent-accent"
        value={total ? loaded : undefined}
        max={total || undefined}
      />
      <span className="text-xs tabular-nums text-muted">
        {formatBytes(loaded)}
        {total !== undefined && ` of ${formatBytes(total)}`}
      </span>
    </div>
  );
}
