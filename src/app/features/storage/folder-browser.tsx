import type { StorageEntry, StorageListing } from "#api/schemas/storage.ts";
import { storagePathSegments } from "#api/storage/path-rules.ts";
import { Button } from "#app/components/ui/button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { formatBytes } from "./format-bytes.ts";

interface FolderBrowserProps {
  listing: StorageListing;
  onOpen: (folder: string) => void;
  onDownload: (path: string) => void;
  onDelete: (entry: StorageEntry) => void;
}

/** One folder of project storage (the local server's listing): open folders, download or delete files. */
export function FolderBrowser({ listing, onOpen, onDownload, onDelete }: FolderBrowserProps) {
  const segments = storagePathSegments(listing.path);
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
      <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-xs">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Files in {listing.path || "the top folder"}</caption>
          <thead className="border-b border-line text-xs text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="w-24 px-3 py-2 text-right font-medium">
                Size
              </th>
              <th scope="col" className="hidden w-48 px-3 py-2 font-medium sm:table-cell">
                Modified
              </th>
              <th scope="col" className="w-44 px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.entries.length === 0 && (
              <tr>
                <td colSpan={4} className="px-3 py-6 text-center text-muted">
                  This folder is empty. Upload files above.
                </td>
              </tr>
            )}
            {listing.entries.map((entry) => (
              <tr key={entry.path} className="border-b border-line last:border-b-0">
                <td className="max-w-0 px-3 py-2">
                  {entry.type === "folder" ? (
                    <button
                      type="button"
                      onClick={() => onOpen(entry.path)}
                      className="block max-w-full rounded text-left font-medium text-accent hover:underline"
                    >
                      <UntrustedText>{`${entry.name}/`}</UntrustedText>
                    </button>
                  ) : (
                    <UntrustedText>{entry.name}</UntrustedText>
                  )}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {entry.type === "file" ? formatBytes(entry.size) : ""}
                </td>
                <td className="hidden px-3 py-2 whitespace-nowrap sm:table-cell">
                  {new Date(entry.modified).toLocaleString()}
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap">
                  {entry.type === "file" && (
                    <>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Download ${entry.name}`}
                        onClick={() => onDownload(entry.path)}
                      >
                        Download
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Delete ${entry.name}`}
                        onClick={() => onDelete(entry)}
                      >
                        Delete
                      </Button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listing.total > listing.entries.length && (
        <p className="text-xs text-muted">
          Showing the first {listing.entries.length} of {listing.total} entries; download others by path.
        </p>
      )}
    </section>
  );
}
