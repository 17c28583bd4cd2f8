import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { describeError } from "#app/lib/describe-error.ts";
import { useApi } from "#app/lib/use-session.ts";
import { storageKeys } from "./storage-queries.ts";
import { uploadWithProgress } from "./upload-with-progress.ts";

export type UploadStatus = "queued" | "uploading" | "done" | "failed" | "cancelled";

export interface Upload {
  id: string;
  file: File;
  path: string;
  status: UploadStatus;
  loaded: number;
  /** Bytes per second since the upload started. */
  speed: number;
  /** Why it failed, as the server or the network said. */
  error: string | null;
}

/** Two at a time: enough to overlap, few enough that each shows steady progress. */
const PARALLEL = 2;

/** Uploads files one by one into project storage: each with progress, speed, cancel and retry; a failure stops only itself. */
export function useUploadQueue(projectId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  const patch = useCallback(
    (id: string, change: Partial<Upload>) =>
      setUploads((list) => list.map((u) => (u.id === id ? { ...u, ...change } : u))),
    [],
  );

  const start = useCallback(
    (upload: Upload) => {
      const controller = new AbortController();
      controllers.current.set(upload.id, controller);
      const began = performance.now();
      patch(upload.id, { status: "uploading", loaded: 0, speed: 0, error: null });
      uploadWithProgress(api, projectId, upload.path, upload.file, {
        signal: controller.signal,
        onProgress: ({ loaded }) =>
          patch(upload.id, { loaded, speed: loaded / Math.max((performance.now() - began) / 1000, 0.001) }),
      })
        .then(() => {
          patch(upload.id, { status: "done", loaded: upload.file.size });
          void queryClient.invalidateQueries({ queryKey: storageKeys.all(projectId) });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) patch(upload.id, { status: "cancelled" });
          else patch(upload.id, { status: "failed", error: describeError(error) });
        })
        .finally(() => controllers.current.delete(upload.id));
    },
    [api, projectId, patch, queryClient],
  );

  // Starts queued uploads while fewer than PARALLEL run.
  useEffect(() => {
    const running = uploads.filter((u) => u.status === "uploading").length;
    const next = uploads.filter((u) => u.status === "queued").slice(0, Math.max(PARALLEL - running, 0));
    for (const upload of next) start(upload);
  }, [uploads, start]);

  // Leaving the page cancels what is still running.
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const add = useCallback((items: { file: File; path: string }[]) => {
    setUploads((list) => [
      ...list,
      ...items.map(({ file, path }) => ({
        id: crypto.randomUUID(),
        file,
        path,
        status: "queued" as const,
        loaded: 0,
        speed: 0,
        error: null,
      })),
    ]);
  }, []);

  const cancel = useCallback(
    (id: string) => {
      const controller = controllers.current.get(id);
      if (controller) controller.abort();
      else patch(id, { status: "cancelled" });
    },
    [patch],
  );
  const retry = useCallback((id: string) => patch(id, { status: "queued", loaded: 0, error: null }), [patch]);
  const clearFinished = useCallback(
    () => setUploads((list) => list.filter((u) => u.status === "queued" || u.status === "uploading")),
    [],
  );

  return { uploads, add, cancel, retry, clearFinished };
}
