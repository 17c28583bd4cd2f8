import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import { forbidden } from "./errors.ts";

const loopbackNames = ["127.0.0.1", "localhost", "[::1]"];
const isLoopbackOrAny = (host: string) => ["127.0.0.1", "localhost", "::1", "0.0.0.0", "::", ""].includes(host);

/**
 * 403 unless the request's `Host` names the address this server listens on: a page on a foreign
 * name that resolves here (DNS rebinding) must not be answered as if it were this origin.
 */
export function requireOwnHost(c: Context, listenHost: string): void {
  // The port the connection came in on (the configured one, or the one the OS chose for port 0).
  const port = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.localPort;
  const host = (c.req.header("host") ?? "").toLowerCase();
  const configured = listenHost.includes(":") ? `[${listenHost}]` : listenHost;
  const names = isLoopbackOrAny(listenHost) ? [...loopbackNames, configured] : [configured.toLowerCase()];
  if (port === undefined || !names.some((name) => host === `${name}:${port}`)) {
    throw forbidden("Offered only to pages of this server's own address");
  }
}
