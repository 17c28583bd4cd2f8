import { join } from "node:path";
import type { Context } from "hono";
import { type AppEnv, projectAccess } from "../auth.ts";
import { forbidden } from "../http/errors.ts";
import { defineRoutes } from "../http/route-types.ts";
import { readStream, resolveStoragePath, tooLarge, writeStream } from "../storage.ts";
import { deleteFile, listFolder } from "../storage-list.ts";

/** Project storage lives in `<storageRoot>/<projectId>/`. Admins and developers may use it. */
export function storageRoutes(storageRoot: string, uploadLimit: number) {
  const projectRoot = (c: Context<AppEnv>) => {
    const { project, role } = projectAccess(c);
    if (role === "member") throw forbidden("Only admins and developers may use project storage");
    return join(storageRoot, project.id);
  };

  return defineRoutes({
    // The contract's "empty" response: the SDKs read no body from an upload.
    uploadFile: async (c, { query, body }) => {
      const root = projectRoot(c);
      const target = await resolveStoragePath(root, query().path);
      // Refused before the body is read: Node then discards it, and the client still reads the 413.
      const declared = Number(c.req.header("content-length"));
      if (declared > uploadLimit) throw tooLarge(uploadLimit);
      await writeStream(root, target, body(), uploadLimit);
      return undefined;
    },

    downloadFile: async (c, { query }) => {
      const root = projectRoot(c);
      return readStream(root, await resolveStoragePath(root, query().path));
    },

    // Local-only (README): the Meshagent API has no listing or delete for project storage.
    listStorage: async (c, { query }) => {
      const root = projectRoot(c);
      return listFolder(root, query().path);
    },

    deleteStorageFile: async (c, { query }) => {
      const root = projectRoot(c);
      await deleteFile(root, query().path);
      return undefined;
    },
  });
}
