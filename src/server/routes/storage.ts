import { join } from "node:path";
import { Hono } from "hono";
import { storageFileQuerySchema, storageFolderQuerySchema } from "#api/storage/path-rules.ts";
import { type AppEnv, projectAccess } from "../auth.ts";
import { forbidden } from "../http/errors.ts";
import { readQuery } from "../http/validate.ts";
import { readStream, resolveStoragePath, tooLarge, writeStream } from "../storage.ts";
import { deleteFile, listFolder } from "../storage-list.ts";

/** Project storage lives in `<storageRoot>/<projectId>/`. Admins and developers may use it. */
export function storageRoutes(storageRoot: string, uploadLimit: number) {
  const routes = new Hono<AppEnv>();
  const projectRoot = (c: Parameters<typeof projectAccess>[0]) => {
    const { project, role } = projectAccess(c);
    if (role === "member") throw forbidden("Only admins and developers may use project storage");
    return join(storageRoot, project.id);
  };

  routes.post("/projects/:projectId/storage/upload", async (c) => {
    const root = projectRoot(c);
    const target = await resolveStoragePath(root, readQuery(c, storageFileQuerySchema).path);
    // Refused before the body is read: Node then discards it, and the client still reads the 413.
    const declared = Number(c.req.header("content-length"));
    if (declared > uploadLimit) throw tooLarge(uploadLimit);
    await writeStream(root, target, c.req.raw.body, uploadLimit);
    // The contract's "empty" response: the SDKs read no body from an upload.
    return c.body(null, 204);
  });

  routes.get("/projects/:projectId/storage/download", async (c) => {
    const root = projectRoot(c);
    const target = await resolveStoragePath(root, readQuery(c, storageFileQuerySchema).path);
    const { stream, size } = await readStream(root, target);
    return c.body(stream, 200, { "Content-Type": "application/octet-stream", "Content-Length": String(size) });
  });

  // Local-only (README): the Meshagent API has no listing or delete for project storage.
  routes.get("/local/projects/:projectId/storage", async (c) => {
    const root = projectRoot(c);
    return c.json(await listFolder(root, readQuery(c, storageFolderQuerySchema).path));
  });

  routes.delete("/local/projects/:projectId/storage", async (c) => {
    const root = projectRoot(c);
    await deleteFile(root, readQuery(c, storageFileQuerySchema).path);
    return c.body(null, 204);
  });
  return routes;
}
