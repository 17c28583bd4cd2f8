import type { z } from "zod";
import type { Endpoint, EndpointName, Endpoints, PathParams } from "./endpoints.ts";
import { apiErrorFrom, ClientValidationError, formatPath, NetworkError, ResponseShapeError } from "./errors.ts";
import { BULK_HEADER } from "./schemas/bulk-header.ts";

type Fetch = typeof globalThis.fetch;

/**
 * The contract and its schemas (with zod) load on the first call, not with the page that makes it:
 * the first page paints without them, and they arrive while its first request is being prepared.
 */
async function endpointFor(name: EndpointName): Promise<Endpoint> {
  return (await import("./endpoints.ts")).endpoints[name];
}

export interface MeshagentOptions {
  baseUrl?: string;
  token?: string;
  fetch?: Fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Marks a grant write as part of one bulk change in this server's change journal. */
  bulkId?: string;
  /** A browser sends "low" requests after the others waiting for a connection (background pages). */
  priority?: "high" | "low" | "auto";
}

type Bodyless<E> = E extends { body: unknown } ? false : true;
type BodyOf<E> = E extends { body: "binary" }
  ? Uint8Array | ArrayBuffer | Blob
  : E extends { body: z.ZodType }
    ? z.input<E["body"]>
    : never;
type QueryOf<E> = E extends { query: z.ZodType } ? z.input<E["query"]> : never;
export type ResponseOf<N extends EndpointName> = Endpoints[N]["response"] extends z.ZodType
  ? z.output<Endpoints[N]["response"]>
  : Endpoints[N]["response"] extends "binary"
    ? Uint8Array
    : undefined;

export type CallArgs<N extends EndpointName> = CallOptions & {
  params?: PathParams<N>;
  query?: QueryOf<Endpoints[N]>;
} & (Bodyless<Endpoints[N]> extends true ? { body?: never } : { body: BodyOf<Endpoints[N]> });

export interface PreparedRequest {
  url: string;
  /** The URL's path, as errors name it. */
  path: string;
  method: string;
  headers: Record<string, string>;
  body: RequestInit["body"];
}

/**
 * The generic, contract-driven transport: builds the URL from `endpoints`, checks the request body
 * against the same schema the server validates with, and parses every response.
 */
export class Transport {
  readonly baseUrl: string;
  #token: string | undefined;
  readonly #fetch: Fetch;

  constructor({ baseUrl = "https://api.meshagent.com", token, fetch }: MeshagentOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.#token = token;
    this.#fetch = fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  get hasToken(): boolean {
    return Boolean(this.#token);
  }

  async url(name: EndpointName, params: Record<string, string> = {}, query?: Record<string, unknown>): Promise<string> {
    const endpoint = await endpointFor(name);
    const path = endpoint.path.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = params[key];
      if (value === undefined) throw new TypeError(`${name}: missing path parameter ${key}`);
      return encodeURIComponent(value);
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
    }
    const qs = search.toString();
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ""}`;
  }

  async call<N extends EndpointName>(name: N, args: CallArgs<N>): Promise<ResponseOf<N>> {
    return (await this.#call(name, args, (await endpointFor(name)).response)) as ResponseOf<N>;
  }

  /**
   * `call`, with the response parsed by `schema` instead of the endpoint's: for a reader of many
   * pages that checks the envelope here and each distinct nested document once, later (lib/access-index).
   */
  async callParsedBy<N extends EndpointName, S extends z.ZodType>(
    name: N,
    schema: S,
    args: CallArgs<N>,
  ): Promise<z.output<S>> {
    return (await this.#call(name, args, schema)) as z.output<S>;
  }

  /** The request `call` would send: URL, method and headers (with the bearer), the body checked. */
  async prepare<N extends EndpointName>(name: N, args: CallArgs<N>): Promise<PreparedRequest> {
    const endpoint = await endpointFor(name);
    const url = await this.url(
      name,
      (args.params ?? {}) as Record<string, string>,
      args.query as Record<string, unknown>,
    );
    const path = url.slice(this.baseUrl.length).split("?")[0] ?? "";
    const headers: Record<string, string> = {};
    if (this.#token && !endpoint.public) headers.Authorization = `Bearer ${this.#token}`;
    if (args.bulkId !== undefined) headers[BULK_HEADER] = args.bulkId;

    let body: RequestInit["body"];
    if (endpoint.body === "binary") {
      headers["Content-Type"] = "application/octet-stream";
      body = args.body as RequestInit["body"];
    } else if (endpoint.body) {
      const checked = endpoint.body.safeParse(args.body);
      if (!checked.success) {
        const issues = checked.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
        throw new ClientValidationError(endpoint.method, path, issues);
      }
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(args.body);
    }
    return { url, path, method: endpoint.method, headers, body };
  }

  /** Sends the request and answers the successful `Response` unread; any non-2xx is thrown as an ApiError. */
  async open<N extends EndpointName>(name: N, args: CallArgs<N>): Promise<Response> {
    return (await this.#send(name, args)).response;
  }

  async #call<N extends EndpointName>(name: N, args: CallArgs<N>, schema: Endpoint["response"]): Promise<unknown> {
    const { response, path } = await this.#send(name, args);
    return this.#readBody(await endpointFor(name), path, response, schema);
  }

  async #send<N extends EndpointName>(name: N, args: CallArgs<N>): Promise<{ response: Response; path: string }> {
    const { url, path, method, headers, body } = await this.prepare(name, args);
    let response: Response;
    try {
      const init: RequestInit & { priority?: CallOptions["priority"] } = { method, headers, body, signal: args.signal };
      if (args.priority) init.priority = args.priority;
      response = await this.#fetch(url, init);
    } catch (cause) {
      if (args.signal?.aborted) throw cause;
      throw new NetworkError(method, url, { cause });
    }
    if (!response.ok) {
      throw await apiErrorFrom(response.status, method, path, await response.text().catch(() => ""));
    }
    return { response, path };
  }

  async #readBody(
    endpoint: Endpoint,
    path: string,
    response: Response,
    schema: Endpoint["response"],
  ): Promise<unknown> {
    if (schema === "empty") return undefined;
    if (schema === "binary") return new Uint8Array(await response.arrayBuffer());
    const text = await response.text();
    let json: unknown = {};
    if (response.status !== 204 && text.trim() !== "") {
      try {
        json = JSON.parse(text);
      } catch {
        throw new ResponseShapeError(
          endpoint.method,
          path,
          [{ code: "custom", path: [], message: "not JSON", input: text }],
          text,
        );
      }
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ResponseShapeError(endpoint.method, path, parsed.error.issues, json);
    return parsed.data;
  }
}
