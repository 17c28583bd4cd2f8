import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import type { StorageEntry } from "#api/schemas/storage.ts";
import { joinStoragePath, storagePathProblem } from "#api/storage/path-rules.ts";
import { ConfirmDialog } from "#app/components/ui/confirm-dialog.tsx";
import { KeptTextField } from "#app/components/ui/kept-text-field.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { sessionQueries } from "#app/lib/session-queries.ts";
import { usePageAllowed } from "#app/lib/use-page-allowed.ts";
import { useApi } from "#app/lib/use-session.ts";
import { DownloadByPath } from "./download-by-path.tsx";
import { FolderBrowser } from "./folder-browser.tsx";
import { formatBytes } from "./format-bytes.ts";
import { storageKeys, storageQueries } from "./storage-queries.ts";
import { UploadList } from "./upload-list.tsx";
import { UploadZone } from "./upload-zone.tsx";
import { useDownload } from "./use-download.ts";
import { useUploadQueue } from "./use-upload-queue.ts";

export function StoragePage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const projectId = useParams().projectId ?? "";
  const [params, setParams] = useSearchParams();
  const folder = params.get("dir") ?? "";
  const folderProblem = storagePathProblem(folder, "folder");
  const info = useQuery(sessionQueries.serverInfo(api));
  const canList = info.data?.storageListing === true;
  const allowed = usePageAllowed(projectId, "developer");
  const listing = useQuery({
    ...storageQueries.folder(api, projectId, folder),
    enabled: allowed && canList && !folderProblem,
  });
  const queue = useUploadQueue(projectId);
  const download = useDownload(projectId);
  const [replacing, setReplacing] = useState<{ file: File; path: string }[] | null>(null);
  const [doomed, setDoomed] = useState<StorageEntry | null>(null);
  const remove = useMutation({
    mutationFn: (path: string) => api.deleteStorageFile(projectId, path),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: storageKeys.all(projectId) }),
  });

  // The folder changes, the sort stays.
  const openFolder = useCallback(
    (next: string) =>
      setParams(
        (prev) => {
          const params = new URLSearchParams(prev);
          if (next) params.set("dir", next);
          else params.delete("dir");
          return params;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );
  const startDownload = useCallback((path: string) => void download.start(path), [download.start]);
  const onFiles = (files: File[]) => {
    const items = files.map((file) => ({ file, path: joinStoragePath(folder, file.name) }));
    const existing = new Set(listing.data?.entries.filter((e) => e.type === "file").map((e) => e.path));
    if (items.some((item) => existing.has(item.path))) setReplacing(items);
    else queue.add(items);
  };
  const replaced = replacing?.filter((item) => listing.data?.entries.some((e) => e.path === item.path)) ?? [];

  return (
    <div className="grid gap-5">
      {!info.isPending && !canList && (
        <p role="note" className="rounded-md bg-subtle px-3 py-2 text-sm">
          This server cannot list project storage: the Meshagent API uploads and downloads by path only (listing is an
          extension of the local server). Upload files, and download them by their path.
        </p>
      )}
      {!canList && (
        <KeptTextField
          label="Upload into folder"
          value={folder}
          onValue={(text) => setParams(text ? { dir: text } : {}, { replace: true })}
          placeholder="(the top folder)"
          spellCheck={false}
          error={folderProblem ?? undefined}
          hint={folderProblem ? undefined : "Leave empty for the top folder."}
        />
      )}
      <UploadZone folder={folder} disabled={folderProblem !== null} onFiles={onFiles} />
      {info.data?.uploadLimit && (
        <p className="-mt-3 text-xs text-muted">
          This server takes files of up to {formatBytes(info.data.uploadLimit)}.
        </p>
      )}
      <UploadList uploads={queue.uploads} onCancel={queue.cancel} onRetry={queue.retry} onClear={queue.clearFinished} />
      <DownloadByPath download={download} />
      {canList && !folderProblem && (
        <FolderBrowser
          folder={folder}
          query={listing}
          onOpen={openFolder}
          onDownload={startDownload}
          onDelete={setDoomed}
        />
      )}
      <ConfirmDialog
        open={replacing !== null}
        onOpenChange={(open) => !open && setReplacing(null)}
        title={replaced.length === 1 ? "Replace a file?" : `Replace ${replaced.length} files?`}
        confirmLabel="Upload and replace"
        variant="primary"
        onConfirm={() => {
          if (replacing) queue.add(replacing);
          setReplacing(null);
        }}
      >
        <p>These files are already stored and will be replaced:</p>
        <ul className="grid max-h-40 gap-0.5 overflow-y-auto rounded-md bg-subtle px-3 py-2">
          {replaced.map((item) => (
            <li key={item.path}>
              <UntrustedText>{item.path}</UntrustedText>
            </li>
          ))}
        </ul>
      </ConfirmDialog>
      <ConfirmDialog
        open={doomed !== null}
        onOpenChange={(open) => {
          if (!open) {
            setDoomed(null);
            remove.reset();
          }
        }}
        title="Delete this file?"
        confirmLabel="Delete file"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onConfirm={() => doomed && remove.mutate(doomed.path, { onSuccess: () => setDoomed(null) })}
      >
        <UntrustedText className="font-semibold">{doomed?.path ?? ""}</UntrustedText>
        <p>It is deleted from the project's storage for everyone. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
