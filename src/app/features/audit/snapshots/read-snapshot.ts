import type { ParseSnapshotRequest } from "./parse-snapshot-worker.ts";
import { parseSnapshot, type SnapshotResult } from "./snapshot-schema.ts";

/** Reads a snapshot file in a worker, so that a large one does not hold up the page. */
export function readSnapshot(file: File, project: { id: string; name: string }): Promise<SnapshotResult> {
  if (typeof Worker === "undefined") return file.text().then((text) => parseSnapshot(text, project));
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./parse-snapshot-worker.ts", import.meta.url), { type: "module" });
    const done = (result: SnapshotResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener("message", (event: MessageEvent<SnapshotResult>) => done(event.data));
    worker.addEventListener("error", (event) =>
      done({ ok: false, error: `Could not read the file: ${event.message}` }),
    );
    worker.postMessage({ file, project } satisfies ParseSnapshotRequest);
  });
}
