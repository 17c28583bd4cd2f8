import { type FormEvent, useState } from "react";
import { storagePathProblem } from "#api/storage/path-rules.ts";
import { Button } from "#app/components/ui/button.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { TransferBar } from "./transfer-bar.tsx";
import type { useDownload } from "./use-download.ts";

interface DownloadByPathProps {
  download: ReturnType<typeof useDownload>;
}

/** Download any path: the API's one way to read storage, and the only one where the server cannot list. */
export function DownloadByPath({ download }: DownloadByPathProps) {
  const [path, setPath] = useState("");
  const problem = path === "" ? null : storagePathProblem(path);
  const { state } = download;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path !== "" && !problem) void download.start(path);
  };
  return (
    <section aria-label="Download a file" className="grid gap-3 rounded-xl border border-line bg-surface p-4">
      <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-2">
        <TextField
          label="Download by path"
          className="min-w-64 flex-1"
          value={path}
          onChange={(event) => setPath(event.target.value)}
          placeholder="folder/file.txt"
          spellCheck={false}
          autoComplete="off"
          error={problem ?? undefined}
          hint={problem ? undefined : "Relative to the project's storage, with / between folders."}
        />
        <Button type="submit" className="mt-6" disabled={path === "" || problem !== null}>
          Download
        </Button>
      </form>
      {state && (
        <div className="grid gap-1 text-sm" aria-live="polite">
          {state.status === "running" && (
            <div className="flex items-center gap-3">
              <div className="flex-1">
                <TransferBar
                  label={`Downloading ${state.path}`}
                  loaded={state.progress.loaded}
                  total={state.progress.total}
                />
              </div>
              <Button size="sm" variant="ghost" onClick={download.cancel}>
                Cancel
              </Button>
            </div>
          )}
          {state.status === "done" && <p>Downloaded {state.path}.</p>}
          {state.status === "cancelled" && <p className="text-muted">The download of {state.path} was cancelled.</p>}
          {state.status === "failed" && (
            <p role="alert" className="text-danger">
              Could not download {state.path}: {state.error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
