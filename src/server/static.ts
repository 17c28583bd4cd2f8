import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "./auth.ts";

/** Serves the built SPA: files as they are, and index.html for every client-side route. */
export function spaRoutes(root: string) {
  const routes = new Hono<AppEnv>();
  const indexFile = join(root, "index.html");
  routes.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  routes.get("*", serveStatic({ root }));
  routes.get("*", (c) => {
    if (!existsSync(indexFile)) {
      return c.text("The console is not built yet: run `npm run build` (npm start does it for you).", 503);
    }
    c.header("Cache-Control", "no-cache");
    return c.html(readFileSync(indexFile, "utf8"));
  });
  return routes;
}
