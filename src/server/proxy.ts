import type { Context } from "hono";
import { HttpError } from "./http/errors.ts";

const forwarded = ["authorization", "content-type", "accept", "consistency"];

/**
 * Passes an API call through to a real Meshagent; the token travels on and is never logged.
 * `body`: the request body when the caller has already read it (the journal reads grant writes).
 */
export async function proxyTo(upstream: string, c: Context, body?: string): Promise<Response> {
  const url = new URL(c.req.url);
  const target = `${upstream.replace(/\/+$/, "")}${url.pathname}${url.search}`;
  const headers = new Headers();
  for (const name of forwarded) {
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  const hasBody = c.req.method !== "GET" && c.req.method !== "HEAD";
  let response: Response;
  try {
    response = await fetch(target, {
      method: c.req.method,
      headers,
      body: hasBody ? (body ?? c.req.raw.body) : undefined,
      // Node's fetch needs this to stream a request body.
      ...(hasBody && body === undefined ? { duplex: "half" } : {}),
      redirect: "manual",
    } as RequestInit);
  } catch {
    throw new HttpError(502, `The upstream Meshagent API at ${upstream} could not be reached`);
  }
  const out = new Headers();
  // Not content-length: fetch has already decoded a gzip/br body, so the upstream's length (of the
  // encoded bytes) would cut the answer short.
  for (const name of ["content-type", "content-disposition"]) {
    const value = response.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(response.body, { status: response.status, headers: out });
}
