import { parseSnapshot, type SnapshotResult } from "./snapshot-schema.ts";

// Reads and checks a snapshot file off the main thread: 50,000 grants are about 13 MB of JSON.

export interface ParseSnapshotRequest {
  file: File;
  project: { id: string; name: string };
}

addEventListener("message", (event: MessageEvent<ParseSnapshotRequest>) => {
  const { file, project } = event.data;
  file.text().then(
    (text) => postMessage(parseSnapshot(text, project)),
    (error: unknown) =>
      postMessage({ ok: false, error: `Could not read the file: ${String(error)}` } satisfies SnapshotResult),
  );
});
