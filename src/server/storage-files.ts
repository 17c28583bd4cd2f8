import { constants } from "node:fs";
import { type FileHandle, lstat, mkdir, open } from "node:fs/promises";
import { join } from "node:path";
import { HttpError } from "./http/errors.ts";

// Project files are reached without following any symlink. Each folder is opened with O_NOFOLLOW,
// starting at the project's root, and the next name is looked up *inside the open folder*
// (`/proc/self/fd/<fd>/<name>` on Linux, the `openat` of Node): a folder swapped for a symlink
// while a request runs cannot redirect it, because the path is never walked by name again.

export const refusePath = (status: 400 | 404 | 409, message: string) =>
  new HttpError(status, `path: ${message}`, [{ path: "path", message }]);
export const symlinkRefused = () => refusePath(400, "must not lead through a symbolic link");

const viaFd = process.platform === "linux";
const folderFlags = constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW;

/** An open folder and the path it was opened at. */
export interface Folder {
  handle: FileHandle;
  path: string;
}

/** The path of `name` inside the open folder (by the folder's path where the OS offers no fd paths). */
export const inFolder = (folder: Folder, name: string) =>
  viaFd ? `/proc/self/fd/${folder.handle.fd}/${name}` : join(folder.path, name);

/** `open` that says "symlink" (400) when the name it refused to follow is one. */
async function openNoFollow(path: string, flags: number, mode?: number): Promise<FileHandle> {
  try {
    return await open(path, flags | constants.O_NOFOLLOW, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP" || ((code === "ENOTDIR" || code === "EEXIST") && (await isSymlink(path)))) {
      throw symlinkRefused();
    }
    throw error;
  }
}

const isSymlink = (path: string) =>
  lstat(path).then(
    (info) => info.isSymbolicLink(),
    () => false,
  );

/** Opens `root/parts…` folder by folder, making missing ones when `create`; the caller closes it. */
export async function openFolder(root: string, parts: string[], create: boolean): Promise<Folder> {
  let folder: Folder = { handle: await openNoFollow(root, folderFlags), path: root };
  try {
    for (const part of parts) {
      const child = inFolder(folder, part);
      if (create) {
        await mkdir(child).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== "EEXIST") throw error;
        });
      }
      const handle = await openNoFollow(child, folderFlags);
      await folder.handle.close();
      folder = { handle, path: join(folder.path, part) };
    }
    return folder;
  } catch (error) {
    await folder.handle.close();
    throw error;
  }
}

/** Creates a new file in the open folder for writing; it must not exist yet. */
export const createInFolder = (folder: Folder, name: string) =>
  openNoFollow(inFolder(folder, name), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);

/** Opens an existing regular file of the open folder for reading. */
export async function openInFolder(folder: Folder, name: string): Promise<{ file: FileHandle; size: number }> {
  const file = await openNoFollow(inFolder(folder, name), constants.O_RDONLY);
  const info = await file.stat();
  if (info.isFile()) return { file, size: info.size };
  await file.close();
  throw refusePath(404, "file was not found");
}
