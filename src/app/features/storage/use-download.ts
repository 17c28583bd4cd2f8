import { useCallback, useRef, useState } from "react";
import { storageFileName } from "#api/storage/path-rules.ts";
import { openDownload, type TransferProgress } from "#api/storage/transfer.ts";
import { describeError } from "#app/lib/describe-error.ts";
import { saveFile } from "#app/lib/save-file.ts";
import { useApi } from "#app/lib/use-session.ts";

export interface DownloadState {
  path: string;
  status: "running" | "done" | "failed" | "cancelled";
  progress: TransferProgress;
  error: string | null;
}

/** One download at a time, by path, with progress and cancel. */
export function useDownload(projectId: string) {
  const api = useApi();
  const [state, setState] = useState<DownloadState | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (path: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const progress = { loaded: 0, total: undefined };
      setState({ path, status: "running", progress, error: null });
      try {
        const { stream } = await openDownload(api, projectId, path, {
          signal: abort.signal,
          onProgress: (p) => setState((s) => (s?.path === path ? { ...s, progress: p } : s)),
        });
        // A Blob built from the stream's chunks: Chromium keeps large ones on disk.
        saveFile(storageFileName(path), await new Response(stream).blob());
        setState((s) => (s?.path === path ? { ...s, status: "done" } : s));
      } catch (error) {
        const status = abort.signal.aborted ? "cancelled" : "failed";
        setState((s) =>
          s?.path === path ? { ...s, status, error: status === "failed" ? describeError(error) : null } : s,
        );
      }
    },
    [api, projectId],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
