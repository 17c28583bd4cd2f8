import { readCliSession } from "../cli-session.ts";
import { HttpError } from "../http/errors.ts";
import { requireOwnHost } from "../http/local-host.ts";
import { defineRoutes } from "../http/route-types.ts";

export const SERVER_VERSION = "0.1.0";

/** The endpoints anyone may call, served with or without `--upstream`: what this server offers. */
export function serverInfoRoutes(options: {
  upstream?: string | undefined;
  cliSession?: boolean | undefined;
  host?: string | undefined;
  uploadLimit: number;
}) {
  return defineRoutes({
    getServerInfo: () => ({
      kind: options.upstream ? "proxy" : "local",
      version: SERVER_VERSION,
      user_lookup: !options.upstream,
      upstream: options.upstream ?? null,
      cli_session: Boolean(options.upstream && options.cliSession),
      storage_listing: !options.upstream,
      upload_limit: options.upstream ? null : options.uploadLimit,
    }),

    getCliSession: async (c) => {
      if (!options.upstream || !options.cliSession)
        throw new HttpError(404, "This server was not started with --cli-session");
      requireOwnHost(c, options.host ?? "127.0.0.1");
      // The CLI's token is offered to pages of this origin only.
      if (c.req.header("sec-fetch-site") === "cross-site" || c.req.header("origin")) {
        const origin = c.req.header("origin");
        // `Origin: null` (sandboxed frames, file: pages) is not a URL, and not this origin either.
        if (!origin || !URL.canParse(origin) || new URL(origin).host !== new URL(c.req.url).host)
          throw new HttpError(403, "Not offered to other origins");
      }
      return readCliSession();
    },
  });
}
