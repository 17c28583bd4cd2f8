import { z } from "zod";

// Project storage paths, as the local server accepts them and the console checks them while typing:
// relative, `/` between folders, no empty, `.` or `..` segments. One rule set for both sides.

export const MAX_STORAGE_PATH_LENGTH = 1024;
const MAX_SEGMENT_BYTES = 255;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Why `path` is not a usable storage path, or `null` when it is. `folder` allows "" (the root). */
export function storagePathProblem(path: string, kind: "file" | "folder" = "file"): string | null {
  if (path === "") return kind === "folder" ? null : "must not be empty";
  if (path.length > MAX_STORAGE_PATH_LENGTH) return `must be at most ${MAX_STORAGE_PATH_LENGTH} characters`;
  if (path.includes("\0")) return "must not contain NUL";
  if (path.startsWith("/") || /^[a-zA-Z]:/.test(path)) return "must be relative to the project's storage";
  if (path.includes("\\")) return "must use / between folders, not \\";
  const segments = path.split("/");
  if (segments.some((s) => s === "..")) return "must not contain ..";
  if (segments.some((s) => s === ".")) return "must not contain . as a folder";
  if (segments.some((s) => s === "")) return "must not have empty segments (// or a / at either end)";
  if (segments.some((s) => byteLength(s) > MAX_SEGMENT_BYTES))
    return `each name must be at most ${MAX_SEGMENT_BYTES} bytes`;
  return null;
}

/** The path's names, in order; only for a path `storagePathProblem` accepts. */
export const storagePathSegments = (path: string): string[] => (path === "" ? [] : path.split("/"));

/** The last name of a path: what a download is saved as. */
export const storageFileName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** A folder and a name joined into a storage path. */
export const joinStoragePath = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name);

const pathSchema = (kind: "file" | "folder") =>
  z.string().superRefine((path, ctx) => {
    const problem = storagePathProblem(path, kind);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** `?path=` of a file: upload, download, delete. */
export const storageFileQuerySchema = z.object({ path: pathSchema("file") });
/** `?path=` of a folder to list; absent or "" is the root. */
export const storageFolderQuerySchema = z.object({ path: pathSchema("folder").default("") });
