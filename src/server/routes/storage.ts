import { join } from "node:path";
import { Hono } from "hono";
import { z } from "zod";
import { type AppEnv, projectAccess } from "../auth.ts";
import { forbidden } from "../http/errors.ts";
import { readQuery } from "../http/validate.ts";
import { readStream, resolveStoragePath, writeStream } from "../storage.ts";

const storageQuery = z.object({ path: z.string().min(1, "must not be empty") });

/** Project storage lives in `<storageRoot>/<projectId>/`. Admins and developers may use it. */
export function storageRoutes(storageRoot: string) {
  const routes = new Hono<AppEnv>();
  const projectRoot = (c: Parameters<typeof projectAccess>[0]) => {
    const { project, role } = projectAccess(c);
    if (role === "member") throw forbidden("Only admins and developers may use project storage");
    return join(storageRoot, project.id);
  };

  routes.post("/projects/:projectId/storage/upload", async (c) => {
    const root = projectRoot(c);
    const target = await resolveStoragePath(root, readQuery(c, storageQuery).path);
    await writeStream(root, target, c.req.raw.body);
    // The contract's "empty" response: the SDKs read no body from an upload.
    return c.body(null, 204);
  });

  routes.get("/projects/:projectId/storage/download", async (c) => {
    const root = projectRoot(c);
    const target = await resolveStoragePath(root, readQuery(c, storageQuery).path);
    const { stream, size } = await readStream(root, target);
    return c.body(stream, 200, { "Content-Type": "application/octet-stream", "Content-Length": String(size) });
  });
  return routes;
}
