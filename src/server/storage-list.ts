import { lstat, mkdir, readdir, rmdir, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import type { StorageEntry, StorageListing } from "#api/schemas/storage.ts";
import { joinStoragePath } from "#api/storage/path-rules.ts";
import { HttpError, notFound } from "./http/errors.ts";
import { resolveStoragePath } from "./storage.ts";

/** The most entries one listing answers; `total` says how many the folder holds. */
export const MAX_LISTED = 1000;

// Uploads in progress are written to `.<uuid>.upload` beside their target (storage.ts).
const inProgress = /^\.[0-9a-f-]{36}\.upload$/;

const byFoldersThenName = (a: StorageEntry, b: StorageEntry) =>
  a.type === b.type ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.type === "folder" ? -1 : 1;

/** One folder's files and folders (local-only). Symlinks are left out: they are not the project's own. */
export async function listFolder(root: string, folder: string): Promise<StorageListing> {
  await mkdir(root, { recursive: true });
  const target = folder === "" ? root : await resolveStoragePath(root, folder);
  const info = await lstat(target).catch(() => null);
  if (!info) throw notFound("folder was not found");
  if (!info.isDirectory()) throw new HttpError(409, "path: is a file", [{ path: "path", message: "is a file" }]);
  const names = await readdir(target, { withFileTypes: true });
  const entries: StorageEntry[] = [];
  for (const dirent of names) {
    if (inProgress.test(dirent.name) || !(dirent.isFile() || dirent.isDirectory())) continue;
    const stats = await lstat(`${target}/${dirent.name}`).catch(() => null);
    if (!stats) continue;
    entries.push({
      name: dirent.name,
      path: joinStoragePath(folder, dirent.name),
      type: stats.isDirectory() ? "folder" : "file",
      size: stats.isDirectory() ? 0 : stats.size,
      modified: stats.mtime.toISOString(),
    });
  }
  entries.sort(byFoldersThenName);
  return { path: folder, entries: entries.slice(0, MAX_LISTED), total: entries.length };
}

/** Deletes one file (local-only), then the folders it leaves empty. */
export async function deleteFile(root: string, path: string): Promise<void> {
  const target = await resolveStoragePath(root, path);
  const info = await lstat(target).catch(() => null);
  if (!info) throw notFound("file was not found");
  if (info.isDirectory()) throw new HttpError(409, "path: is a folder", [{ path: "path", message: "is a folder" }]);
  await unlink(target);
  const rootDepth = root.split("/").length;
  for (let dir = dirname(target); dir.split("/").length > rootDepth; dir = dirname(dir)) {
    // Stops at the first folder that still holds something.
    if (
      !(await rmdir(dir).then(
        () => true,
        () => false,
      ))
    )
      break;
  }
}
