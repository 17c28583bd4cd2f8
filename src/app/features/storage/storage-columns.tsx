import { createColumnHelper } from "@tanstack/react-table";
import type { StorageEntry } from "#api/schemas/storage.ts";
import { byText, byTime, type ListCompares } from "#app/components/data-table/sort-rows.ts";
import type { ServerTableFeatures } from "#app/components/data-table/use-server-table.ts";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { formatBytes } from "./format-bytes.ts";

const column = createColumnHelper<ServerTableFeatures, StorageEntry>();

const foldersFirst = (a: StorageEntry, b: StorageEntry) => (a.type === b.type ? 0 : a.type === "folder" ? -1 : 1);
const byName = (a: StorageEntry, b: StorageEntry) => byText(a.name, b.name);

/** The columns a folder sorts by; by name (folders first) is the server's own order, the default. */
export const storageCompares: ListCompares<StorageEntry> = {
  name: (a, b) => foldersFirst(a, b) || byName(a, b),
  size: (a, b) => a.size - b.size || byName(a, b),
  modified: (a, b) => byTime(a.modified, b.modified) || byName(a, b),
};
export const STORAGE_DEFAULT_SORT = "name";

interface StorageColumnsOptions {
  onOpen: (folder: string) => void;
  onDownload: (path: string) => void;
  onDelete: (entry: StorageEntry) => void;
}

export const storageColumns = ({ onOpen, onDownload, onDelete }: StorageColumnsOptions) =>
  column.columns([
    column.accessor("name", {
      header: "Name",
      meta: { className: "max-w-0 w-full" },
      cell: ({ row: { original: entry } }) =>
        entry.type === "folder" ? (
          <button
            type="button"
            onClick={() => onOpen(entry.path)}
            className="block max-w-full rounded text-left font-medium text-accent hover:underline"
          >
            <UntrustedText>{`${entry.name}/`}</UntrustedText>
          </button>
        ) : (
          <UntrustedText>{entry.name}</UntrustedText>
        ),
    }),
    column.accessor("size", {
      header: "Size",
      meta: { className: "w-28 text-right tabular-nums" },
      cell: ({ row: { original: entry } }) => (entry.type === "file" ? formatBytes(entry.size) : ""),
    }),
    column.accessor("modified", {
      header: "Modified",
      meta: { className: "hidden w-52 whitespace-nowrap sm:table-cell" },
      cell: (info) => <time dateTime={info.getValue()}>{new Date(info.getValue()).toLocaleString()}</time>,
    }),
    column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: "w-44 text-right whitespace-nowrap" },
      cell: ({ row: { original: entry } }) =>
        entry.type === "file" && (
          <>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Download ${entry.name}`}
              onClick={() => onDownload(entry.path)}
            >
              Download
            </Button>
            <Button size="sm" variant="ghost" aria-label={`Delete ${entry.name}`} onClick={() => onDelete(entry)}>
              Delete
            </Button>
          </>
        ),
    }),
  ]);
