import { describeError } from "./describe-error.ts";

// One way to run many API calls: a few at a time, with progress, cancellable, and a report that
// names each failure with the server's reason so that exactly those can be retried.

/** Thrown by a task that read the server's state and chose not to write (the UI shows it apart). */
export class BulkConflict extends Error {
  override name = "BulkConflict";
}

export interface BulkFailure<T> {
  item: T;
  /** The server's reason, or the conflict's. */
  reason: string;
  conflict: boolean;
}

export interface BulkReport<T, R> {
  done: { item: T; value: R }[];
  failed: BulkFailure<T>[];
  /** Not started because the run was cancelled. */
  skipped: T[];
}

export interface BulkProgress {
  total: number;
  done: number;
  failed: number;
}

export interface BulkOptions {
  /** How many tasks run at once (default BULK_CONCURRENCY). */
  concurrency?: number;
  /** Stops starting tasks; the ones running finish (a write already sent cannot be recalled). */
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress) => void;
}

/**
 * Twice the browser's six connections per host: a request waits in the browser's own queue, so a
 * freed connection takes it at once instead of waiting for this page's script to send the next one
 * (on a busy machine that wait was most of a grant's time).
 */
export const BULK_CONCURRENCY = 12;

/** Runs `task` on every item, `concurrency` at a time; never throws, every item lands in the report. */
export async function runBulk<T, R>(
  items: readonly T[],
  task: (item: T, signal: AbortSignal) => Promise<R>,
  { concurrency = BULK_CONCURRENCY, signal = new AbortController().signal, onProgress }: BulkOptions = {},
): Promise<BulkReport<T, R>> {
  const report: BulkReport<T, R> = { done: [], failed: [], skipped: [] };
  const progress = () => onProgress?.({ total: items.length, done: report.done.length, failed: report.failed.length });
  let next = 0;
  async function worker() {
    while (next < items.length && !signal.aborted) {
      const item = items[next++] as T; // next < items.length was checked just above
      try {
        report.done.push({ item, value: await task(item, signal) });
      } catch (error) {
        report.failed.push({ item, reason: describeError(error), conflict: error instanceof BulkConflict });
      }
      progress();
    }
  }
  progress();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  report.skipped = items.slice(next);
  return report;
}

/** The items to run again: the failures that were not conflicts (a conflict needs a fresh plan). */
export function retryable<T>(report: BulkReport<T, unknown>): T[] {
  return report.failed.filter((failure) => !failure.conflict).map((failure) => failure.item);
}
