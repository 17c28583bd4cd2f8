// Evidence: what a view shows, as CSV (RFC 4180) and JSON files the admin downloads and hands on.

export type Row = Record<string, string>;

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((c) => row[c] ?? ""))];
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** Starts a download of `text` as a file, without leaving the page. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** `audit-write-storage-2026-12-03T06-10-00Z`: a filename that sorts by time and names the view. */
export const evidenceName = (view: string, at = new Date()) =>
  `audit-${view.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${at.toISOString().replace(/[:.]/g, "-")}`;
