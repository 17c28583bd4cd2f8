import type { Context, Hono, Handler as HonoHandler } from "hono";
import type { z } from "zod";
import { type Endpoint, type EndpointName, endpoints, pathParamNames } from "#api/endpoints.ts";
import type { AppEnv } from "../auth.ts";
import { type AnswerBytes, cachedAnswer } from "../cache/answer-cache.ts";
import { readingAt } from "../cache/version-cache.ts";
import { Created, type FileAnswer, type Handlers, JsonText } from "./route-types.ts";
import { parseBody, readQuery } from "./validate.ts";

export interface MountOptions {
  /**
   * Parse every JSON answer with the endpoint's response schema and fail (500, logged) on a mismatch:
   * for tests, where it checks the answers built as text and the cached bytes too.
   */
  checkAnswers?: boolean;
}

// The handlers are typed per endpoint (route-types.ts); here one loose shape serves them all.
type AnyRequest = { params: Record<string, string>; query: () => unknown; body: () => unknown };
type AnyHandler = (c: Context<AppEnv>, request: AnyRequest) => unknown;

/** The server's Hono app, for code that mounts on it without holding one of its own. */
export type ServerApp = Hono<AppEnv>;

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");
const encoder = new TextEncoder();

/**
 * Serves each handler at its endpoint's method and path, with the query and body parsed by the
 * contract's schemas. Registered in the contract's order, so that a fixed segment (`by-room`) comes
 * before a parameter that would match it (`{roomId}`).
 */
export function mountRoutes(app: Hono<AppEnv>, handlers: Partial<Handlers>, options: MountOptions = {}): void {
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const handler = handlers[name] as AnyHandler | undefined;
    if (!handler) continue;
    const endpoint: Endpoint = endpoints[name];
    const params = pathParamNames(endpoint.path);
    const cached = endpoint.method === "GET" && !endpoint.public && typeof endpoint.response !== "string";
    app.on(endpoint.method, honoPath(endpoint.path), async (c) => {
      const request: AnyRequest = {
        params: Object.fromEntries(params.map((p) => [p, c.req.param(p) ?? ""])),
        query: once(() => (endpoint.query ? readQuery(c, endpoint.query) : {})),
        // Awaited only for a JSON body: a request without one runs in the same turn as its authentication.
        body: isJson(endpoint.body) ? await jsonBodyReader(c, endpoint.body) : rawBodyReader(c, endpoint),
      };
      if (endpoint.response === "empty") {
        await handler(c, request);
        return c.body(null, 204);
      }
      if (endpoint.response === "binary") {
        const file = (await handler(c, request)) as FileAnswer;
        const headers = { "Content-Type": "application/octet-stream", "Content-Length": String(file.size) };
        return c.body(file.stream, 200, headers);
      }
      const compute = () => answerBytes(name, endpoint, handler(c, request), options);
      // The raw query names the answer: parsing it first would say 400 before the handler says 403.
      const key = [name, request.params, new URL(c.req.url).search];
      // A cached GET writes nothing and reads at the state its authentication read (cache/version-cache.ts).
      const read = () => readingAt(c.get("db"), c.get("readVersion"), () => cachedAnswer(c, key, compute));
      const answer = await (cached ? read() : compute());
      return c.body(answer.bytes, answer.status, { "Content-Type": "application/json" });
    });
  }
}

/**
 * Serves a raw handler (a pass-through that sees the request as sent) at an endpoint's method and
 * path: a route that is not an entry of the handler table still takes its path from the contract.
 */
export function onEndpoint(app: ServerApp, name: EndpointName, handler: HonoHandler<AppEnv>): void {
  const endpoint: Endpoint = endpoints[name];
  app.on(endpoint.method, honoPath(endpoint.path), handler);
}

const isJson = (body: Endpoint["body"]): body is z.ZodType => body !== undefined && body !== "binary";

/** Reads a JSON body's text now; parses it when the handler asks. */
async function jsonBodyReader(c: Context<AppEnv>, schema: z.ZodType): Promise<() => unknown> {
  const text = await c.req.text();
  return once(() => parseBody(text, schema));
}

/** A binary body stays a stream; an endpoint without a body reads none. */
const rawBodyReader = (c: Context<AppEnv>, endpoint: Endpoint) =>
  endpoint.body === "binary" ? () => c.req.raw.body : () => undefined;

function once<T>(read: () => T): () => T {
  let value: { read: T } | undefined;
  return () => {
    value ??= { read: read() };
    return value.read;
  };
}

/** A JSON answer as bytes: synchronously when the handler answered synchronously (so it can be cached). */
function answerBytes(
  name: EndpointName,
  endpoint: Endpoint,
  result: unknown,
  options: MountOptions,
): AnswerBytes | Promise<AnswerBytes> {
  if (result instanceof Promise) return result.then((r) => answerBytes(name, endpoint, r, options));
  const status = result instanceof Created ? 201 : 200;
  const value: unknown = result instanceof Created ? result.answer : result;
  const json = value instanceof JsonText ? value.json : JSON.stringify(value);
  const bytes = typeof json === "string" ? (encoder.encode(json) as Uint8Array<ArrayBuffer>) : json;
  if (options.checkAnswers) checkAnswer(name, endpoint, bytes);
  return { status, bytes };
}

function checkAnswer(name: EndpointName, endpoint: Endpoint, bytes: Uint8Array): void {
  if (typeof endpoint.response === "string") return;
  const text = new TextDecoder().decode(bytes);
  const parsed = endpoint.response.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${name} answered outside its response schema: ${JSON.stringify(parsed.error.issues)}\n${text}`);
  }
}
