import { saveFile } from "#app/lib/save-file.ts";

// Evidence: what a view shows, as CSV (RFC 4180) and JSON files the admin downloads and hands on.

export type Row = Record<string, string>;

/** A column: its key in the rows (unique in its table) and its header; a plain string is both. */
export type Column = string | { key: string; header: string };
export const columnKey = (c: Column) => (typeof c === "string" ? c : c.key);
export const columnHeader = (c: Column) => (typeof c === "string" ? c : c.header);

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula: such
// a cell gets a leading apostrophe (OWASP's advice), which spreadsheets show as text and hide.
const formula = /^[=+\-@\t\r]/;

const csvCell = (cell: string) => {
  const value = formula.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(value) || value !== cell ? `"${value.replaceAll('"', '""')}"` : value;
};

export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const lines = [columns.map(columnHeader), ...rows.map((row) => columns.map((c) => row[columnKey(c)] ?? ""))];
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** Starts a download of `text` as a file, without leaving the page. */
export function download(filename: string, text: string, type: string): void {
  saveFile(filename, new Blob([text], { type }));
}

/** `audit-write-storage-2026-12-03T06-10-00Z`: a filename that sorts by time and names the view. */
export const evidenceName = (view: string, at = new Date()) =>
  `audit-${view.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${at.toISOString().replace(/[:.]/g, "-")}`;
