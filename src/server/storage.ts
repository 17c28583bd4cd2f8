import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { lstat, mkdir, realpath, rename, rm, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fieldError, HttpError, notFound } from "./http/errors.ts";

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

const inside = (root: string, target: string) => {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
};

/** Maps a project storage path onto disk, refusing anything that could leave the project's folder. */
export async function resolveStoragePath(root: string, path: string): Promise<string> {
  const parts = path.split(/[\\/]+/);
  if (isAbsolute(path) || /^[a-zA-Z]:/.test(path))
    throw fieldError("path", "must be relative to the project's storage");
  if (parts.some((p) => p === "..")) throw fieldError("path", "must not contain ..");
  if (path.includes("\0")) throw fieldError("path", "must not contain NUL");
  const clean = parts.filter((p) => p !== "" && p !== ".");
  if (clean.length === 0) throw fieldError("path", "must name a file");
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const target = join(realRoot, ...clean);
  // Follow whatever part of the path exists already: a symlink must not lead out of the project.
  let probe = target;
  while (probe !== realRoot) {
    const info = await lstat(probe).catch(() => null);
    if (info) {
      if (!inside(realRoot, await realpath(probe))) throw fieldError("path", "leads outside the project's storage");
      break;
    }
    probe = dirname(probe);
  }
  return target;
}

function limitSize(max: number) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new HttpError(413, `Uploads are limited to ${max} bytes`));
      else done(null, chunk);
    },
  });
}

/** File-system refusals that the client's path caused: answered as 400/409, not as a 500. */
function pathError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const refuse = (status: 400 | 409, message: string) =>
    new HttpError(status, `path: ${message}`, [{ path: "path", message }]);
  if (code === "ENAMETOOLONG") return refuse(400, "is longer than the file system allows");
  if (code === "EEXIST" || code === "ENOTDIR") return refuse(409, "a file is in the way of a folder on this path");
  if (code === "EISDIR") return refuse(409, "is a folder");
  return error;
}

/** Streams the body to a temporary file beside the target, then moves it into place. */
export async function writeStream(target: string, body: ReadableStream<Uint8Array> | null): Promise<void> {
  // A short temporary name, so that a target name near the file system's limit still fits.
  const temp = join(dirname(target), `.${randomUUID()}.upload`);
  try {
    await mkdir(dirname(target), { recursive: true });
    const source = body
      ? Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>)
      : Readable.from([]);
    await pipeline(source, limitSize(MAX_UPLOAD_BYTES), createWriteStream(temp));
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw pathError(error);
  }
}

export async function readStream(target: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const info = await stat(target).catch(() => null);
  if (!info?.isFile()) throw notFound("file was not found");
  return { stream: Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>, size: info.size };
}
