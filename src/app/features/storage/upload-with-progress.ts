import type { Meshagent } from "#api/client.ts";
import { apiErrorFrom, NetworkError } from "#api/errors.ts";
import type { TransferOptions } from "#api/storage/transfer.ts";

const cancelled = () => new DOMException("The upload was cancelled", "AbortError");

/**
 * Uploads a File/Blob to a storage path with XMLHttpRequest, the one browser API that reports bytes
 * sent. The browser streams the file from disk; nothing here holds it in memory. Failures are the
 * client's own errors (ApiError by status, NetworkError), as `Meshagent.upload` would throw them.
 */
export async function uploadWithProgress(
  api: Meshagent,
  projectId: string,
  path: string,
  file: Blob,
  o: TransferOptions = {},
): Promise<void> {
  const request = await api.transport.prepare("uploadFile", { params: { projectId }, query: { path }, body: file });
  return new Promise((resolve, reject) => {
    if (o.signal?.aborted) return reject(cancelled());
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) =>
      o.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else apiErrorFrom(xhr.status, request.method, request.path, xhr.responseText).then(reject, reject);
    };
    xhr.onerror = () => reject(new NetworkError(request.method, request.url));
    xhr.onabort = () => reject(cancelled());
    o.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
