import { useMemo } from "react";
import { NotFoundError } from "#api/errors.ts";
import type { StorageEntry, StorageListing } from "#api/schemas/storage.ts";
import { storagePathSegments } from "#api/storage/path-rules.ts";
import type { DataTableQuery } from "#app/components/data-table/data-table.tsx";
import { ListTable } from "#app/components/data-table/list-table.tsx";
import { useListSort, useListTable, useSortedRows } from "#app/components/data-table/use-list-table.ts";
import { Button } from "#app/components/ui/button.tsx";
import { FormAlert } from "#app/components/ui/form-alert.tsx";
import { STORAGE_DEFAULT_SORT, storageColumns, storageCompares } from "./storage-columns.tsx";

interface FolderBrowserProps {
  folder: string;
  /** The folder's listing (local-only). */
  query: DataTableQuery & { data: StorageListing | undefined };
  onOpen: (folder: string) => void;
  onDownload: (path: string) => void;
  onDelete: (entry: StorageEntry) => void;
}

const noEntries: StorageEntry[] = [];

/** One folder of project storage (the local server's listing): open folders, download or delete files. */
export function FolderBrowser({ folder, query, onOpen, onDownload, onDelete }: FolderBrowserProps) {
  const segments = storagePathSegments(folder);
  const columns = useMemo(() => storageColumns({ onOpen, onDownload, onDelete }), [onOpen, onDownload, onDelete]);
  const sort = useListSort(STORAGE_DEFAULT_SORT, storageCompares);
  const rows = useSortedRows(query.data?.entries ?? noEntries, sort, storageCompares);
  const table = useListTable({ columns, data: rows, getRowId: (entry) => entry.path, sort });
  const listed = query.data?.entries.length ?? 0;
  const total = query.data?.total ?? 0;
  return (
    <section aria-label="Stored files" className="grid gap-2">
      <nav aria-label="Folder" className="flex flex-wrap items-center gap-1 text-sm">
        <Button size="sm" variant="ghost" onClick={() => onOpen("")}>
          Storage
        </Button>
        {segments.map((name, i) => (
          <span key={segments.slice(0, i + 1).join("/")} className="flex items-center gap-1">
            <span aria-hidden="true">/</span>
            <Button size="sm" variant="ghost" onClick={() => onOpen(segments.slice(0, i + 1).join("/"))}>
              {name}
            </Button>
          </span>
        ))}
      </nav>
      {query.error instanceof NotFoundError ? (
        <FormAlert>There is no folder {folder} (yet).</FormAlert>
      ) : (
        <ListTable
          table={table}
          query={query}
          caption={`Files in ${folder || "the top folder"}`}
          empty={<p className="text-muted">This folder is empty. Upload files above.</p>}
        />
      )}
      {total > listed && (
        <p className="text-xs text-muted">
          Showing the first {listed} of {total} entries (sorting orders these); download others by path.
        </p>
      )}
    </section>
  );
}
