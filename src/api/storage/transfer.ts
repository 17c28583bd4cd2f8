import type { CallOptions, Meshagent } from "../client.ts";
import { apiErrorFrom, NetworkError } from "../errors.ts";
import type { PreparedRequest } from "../transport.ts";

// Uploads and downloads with progress. Neither holds a file whole in memory: an upload sends the
// Blob/File itself (the browser streams it from disk), a download is handed over as a stream.

export interface TransferProgress {
  /** Bytes sent or received so far. */
  loaded: number;
  /** Bytes in all, when known. */
  total: number | undefined;
}

export interface TransferOptions extends CallOptions {
  onProgress?: (progress: TransferProgress) => void;
}

const aborted = () => new DOMException("The transfer was cancelled", "AbortError");

/** XMLHttpRequest, because fetch reports no upload progress; it answers as `Transport.call` would. */
function sendWithXhr(request: PreparedRequest, body: Blob, o: TransferOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    if (o.signal?.aborted) return reject(aborted());
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) =>
      o.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : body.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(apiErrorFrom(xhr.status, request.method, request.path, xhr.responseText));
    };
    xhr.onerror = () => reject(new NetworkError(request.method, request.url));
    xhr.onabort = () => reject(aborted());
    o.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** Uploads `body` to `path`, reporting bytes sent; where there is no XMLHttpRequest (Node), by fetch. */
export async function uploadWithProgress(
  api: Meshagent,
  projectId: string,
  path: string,
  body: Blob,
  o: TransferOptions = {},
): Promise<void> {
  const args = { params: { projectId }, query: { path }, body, signal: o.signal };
  if (typeof XMLHttpRequest === "undefined") {
    await api.transport.call("uploadFile", args);
    o.onProgress?.({ loaded: body.size, total: body.size });
    return;
  }
  await sendWithXhr(api.transport.prepare("uploadFile", args), body, o);
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
