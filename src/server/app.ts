import { Hono } from "hono";
import { type AppEnv, requireAuth } from "./auth.ts";
import type { Db } from "./db/open.ts";
import { errorBody, HttpError, sendError } from "./http/errors.ts";
import { jsonBodyLimit } from "./http/limits.ts";
import { mountRoutes } from "./http/route-table.ts";
import type { Handlers } from "./http/route-types.ts";
import { isApiPath, secureHeaders } from "./http/security-headers.ts";
import { proxyTo } from "./proxy.ts";
import { mountProxyJournal } from "./proxy-journal.ts";
import { apiKeyRoutes } from "./routes/api-keys.ts";
import { grantJournalRoutes } from "./routes/grant-journal.ts";
import { localRoutes } from "./routes/local.ts";
import { memberRoutes } from "./routes/members.ts";
import { oauthClientRoutes } from "./routes/oauth-clients.ts";
import { projectRoutes } from "./routes/projects.ts";
import { roomGrantRoutes } from "./routes/room-grants.ts";
import { roomRoutes } from "./routes/rooms.ts";
import { serverInfoRoutes } from "./routes/server-info.ts";
import { storageRoutes } from "./routes/storage.ts";
import { spaRoutes } from "./static.ts";
import { DEFAULT_UPLOAD_LIMIT } from "./storage.ts";

export interface AppOptions {
  db: Db;
  /** Where project storage lives on disk. */
  storageRoot: string;
  /** The built SPA; omitted in API-only tests. */
  staticRoot?: string;
  /** Proxy the API to a real Meshagent instead of serving it from SQLite. */
  upstream?: string;
  /** Offer the Meshagent CLI's login to the console (with `upstream` only). */
  cliSession?: boolean;
  /** The address the server listens on (`HOST`); the CLI login is offered to requests for it only. */
  host?: string;
  /** The largest project storage upload, in bytes (`MESHAGENT_UPLOAD_LIMIT`). */
  uploadLimit?: number;
  /** Parse every JSON answer with the contract's schema, failing loudly on a mismatch (tests). */
  checkAnswers?: boolean;
}

const apiPaths = ["/accounts/*", "/projects/*"];

export function createApp(options: AppOptions) {
  const { db } = options;
  const uploadLimit = options.uploadLimit ?? DEFAULT_UPLOAD_LIMIT;
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof HttpError) return sendError(c, error);
    // Anything else is our fault: say so without leaking details; log without the request's headers.
    console.error(`${c.req.method} ${new URL(c.req.url).pathname}:`, error);
    return c.json(errorBody("Internal server error"), 500);
  });
  app.notFound((c) => c.json(errorBody(`No route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404));

  app.use("*", secureHeaders);
  app.use("*", jsonBodyLimit);
  app.use("*", async (c, next) => {
    c.set("db", db);
    await next();
  });

  app.get("/healthz", (c) => c.json({ ok: true }));
  const mount = { checkAnswers: options.checkAnswers ?? false };
  const publicRoutes = serverInfoRoutes({ ...options, uploadLimit });
  if (options.upstream) {
    const upstream = options.upstream;
    mountRoutes(app, publicRoutes, mount);
    mountProxyJournal(app, upstream);
    for (const path of apiPaths) app.all(path, (c) => proxyTo(upstream, c));
  } else {
    const auth = requireAuth(db);
    for (const path of [...apiPaths, "/local/me", "/local/users", "/local/users/*", "/local/projects/*"])
      app.use(path, auth);
    // Every endpoint of the contract (a missing one does not compile; defineRoutes refuses unknown names).
    const handlers = {
      ...publicRoutes,
      ...projectRoutes,
      ...memberRoutes,
      ...roomRoutes,
      ...roomGrantRoutes,
      ...oauthClientRoutes,
      ...apiKeyRoutes,
      ...storageRoutes(options.storageRoot, uploadLimit),
      ...localRoutes,
      ...grantJournalRoutes,
    } satisfies Handlers;
    mountRoutes(app, handlers, mount);
  }

  // A path of the API that no route knows is a JSON 404, never the console's HTML.
  app.use("*", (c, next) =>
    isApiPath(c.req.path)
      ? Promise.resolve(c.json(errorBody(`No route for ${c.req.method} ${c.req.path}`), 404))
      : next(),
  );
  if (options.staticRoot) app.route("/", spaRoutes(options.staticRoot));
  return app;
}
