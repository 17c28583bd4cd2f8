import { randomUUID } from "node:crypto";
import { type FileHandle, lstat, mkdir, realpath, rename, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { Readable } from "node:stream";
import { storagePathProblem, storagePathSegments } from "#api/storage/path-rules.ts";
import { fieldError, HttpError, notFound } from "./http/errors.ts";
import { createInFolder, type Folder, inFolder, openFolder, openInFolder, refusePath } from "./storage-files.ts";

/** The default upload limit (100 MiB); `MESHAGENT_UPLOAD_LIMIT` changes it. */
export const DEFAULT_UPLOAD_LIMIT = 100 * 1024 * 1024;

export const tooLarge = (limit: number) => new HttpError(413, `Uploads are limited to ${limit} bytes`);
/** PATH_MAX of Linux. */
const MAX_PATH_BYTES = 4096;

/** Maps a project storage path onto disk, refusing anything that could leave the project's folder. */
export async function resolveStoragePath(root: string, path: string): Promise<string> {
  // The rules the console checks while typing (src/api/storage/path-rules.ts).
  const problem = storagePathProblem(path);
  if (problem) throw fieldError("path", problem);
  const clean = storagePathSegments(path);
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  // No part of the path that exists may be a symlink, wherever it points (storage-files.ts).
  let probe = realRoot;
  for (const part of clean) {
    probe = join(probe, part);
    const info = await lstat(probe).catch(() => null);
    if (!info) break;
    if (info.isSymbolicLink()) throw fieldError("path", "must not lead through a symbolic link");
  }
  const target = join(realRoot, ...clean);
  // Folders are opened one at a time, so the OS would take any depth: keep paths others can open.
  if (Buffer.byteLength(target) >= MAX_PATH_BYTES) throw fieldError("path", "is longer than the file system allows");
  return target;
}

/** File-system refusals that the client's path (or a race on it) caused: 4xx, not 500. */
function pathError(error: unknown, reading: boolean): unknown {
  if (error instanceof HttpError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // The client went away mid-upload (cancelled, closed the tab): nobody reads the answer, so no 500 in the log.
  if (code === "ECONNRESET" || (error instanceof Error && error.message === "aborted"))
    return new HttpError(400, "The upload was interrupted");
  if (code === "ENAMETOOLONG") return refusePath(400, "is longer than the file system allows");
  if (code === "ELOOP") return refusePath(400, "must not lead through a symbolic link");
  if (reading && (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR")) return notFound("file was not found");
  if (code === "EEXIST" || code === "ENOTDIR") return refusePath(409, "a file is in the way of a folder on this path");
  if (code === "EISDIR") return refusePath(409, "is a folder");
  if (code === "ENOENT") return refusePath(409, "changed while it was being written; try again");
  return error;
}

/** The project's real root and the folders and file name of a resolved target under it. */
async function split(root: string, target: string) {
  const realRoot = await realpath(root);
  const parts = relative(realRoot, target).split(sep);
  const name = parts.pop() ?? "";
  return { realRoot, parts, name };
}

/** Streams the body to a new file beside the target, then renames it into place; no symlink is followed. */
export async function writeStream(
  root: string,
  target: string,
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<void> {
  const { realRoot, parts, name } = await split(root, target);
  // A short temporary name, so that a target name near the file system's limit still fits.
  const temp = `.${randomUUID()}.upload`;
  let folder: Folder | undefined;
  let file: FileHandle | undefined;
  try {
    folder = await openFolder(realRoot, parts, true);
    file = await createInFolder(folder, temp);
    let size = 0;
    for await (const chunk of body ?? []) {
      size += chunk.byteLength;
      if (size > limit) throw tooLarge(limit);
      await file.write(chunk);
    }
    await rename(inFolder(folder, temp), inFolder(folder, name));
  } catch (error) {
    if (folder) await rm(inFolder(folder, temp), { force: true }).catch(() => undefined);
    throw pathError(error, false);
  } finally {
    await file?.close();
    await folder?.handle.close();
  }
}

export async function readStream(
  root: string,
  target: string,
): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const { realRoot, parts, name } = await split(root, target);
  let folder: Folder | undefined;
  try {
    folder = await openFolder(realRoot, parts, false);
    const { file, size } = await openInFolder(folder, name);
    return { stream: Readable.toWeb(file.createReadStream()) as ReadableStream<Uint8Array>, size };
  } catch (error) {
    throw pathError(error, true);
  } finally {
    await folder?.handle.close();
  }
}
