import type { CallOptions, Meshagent } from "../client.ts";

// Transfers with progress. A download is handed over as a stream, never held whole in memory; the
// browser's upload with progress (XMLHttpRequest) is the app's (lib/upload-with-progress.ts).

export interface TransferProgress {
  /** Bytes sent or received so far. */
  loaded: number;
  /** Bytes in all, when known. */
  total: number | undefined;
}

export interface TransferOptions extends CallOptions {
  onProgress?: (progress: TransferProgress) => void;
}

/** Opens a download: its byte stream, counted through `onProgress`, and its size when the server says. */
export async function openDownload(
  api: Meshagent,
  projectId: string,
  path: string,
  o: TransferOptions = {},
): Promise<{ stream: ReadableStream<Uint8Array>; size: number | undefined }> {
  const response = await api.transport.open("downloadFile", {
    params: { projectId },
    query: { path },
    signal: o.signal,
  });
  const length = Number.parseInt(response.headers.get("content-length") ?? "", 10);
  const size = Number.isSafeInteger(length) ? length : undefined;
  const source = response.body ?? new Blob([]).stream();
  let loaded = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      o.onProgress?.({ loaded, total: size });
      controller.enqueue(chunk);
    },
  });
  return { stream: source.pipeThrough(counter), size };
}
