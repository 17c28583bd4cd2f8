import type { MiddlewareHandler } from "hono";

/** One policy for every answer: the console's needs, and nothing may frame any of it. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // The console may talk to any Meshagent API the admin names on the Connect screen.
  "connect-src *",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

const apiPrefixes = ["/accounts", "/projects", "/local", "/healthz"];

/** Paths of the API (this server's or the proxied one's), as opposed to the console's pages and files. */
export const isApiPath = (path: string) =>
  apiPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

export const securityHeaders: Record<string, string> = {
  "Content-Security-Policy": contentSecurityPolicy,
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/**
 * Sets the security headers on every answer, and `Cache-Control: no-store` on API answers (they may
 * carry a new secret: an API key, a personal token, an OAuth client secret; or a caller's data).
 */
export const secureHeaders: MiddlewareHandler = async (c, next) => {
  const api = isApiPath(c.req.path);
  // Set before the handler runs: headers added afterwards make the Node adapter rebuild the response.
  for (const [name, value] of Object.entries(securityHeaders)) c.header(name, value);
  if (api) c.header("Cache-Control", "no-store");
  await next();
  // A Response built elsewhere (the proxy's) does not carry what was set above: add it there.
  if (c.res.headers.has("Content-Security-Policy")) return;
  for (const [name, value] of Object.entries(securityHeaders)) c.res.headers.set(name, value);
  if (api) c.res.headers.set("Cache-Control", "no-store");
};
