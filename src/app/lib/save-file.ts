/**
 * Hands a Blob to the browser as a downloaded file, without leaving the page. The URL is revoked a
 * minute later, not at once: a large Blob (Chromium keeps it on disk) may still be read after the click.
 */
export function saveFile(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
