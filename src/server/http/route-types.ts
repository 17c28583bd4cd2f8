import type { Context } from "hono";
import type { z } from "zod";
import type { EndpointName, Endpoints, PathParams } from "#api/endpoints.ts";
import type { AppEnv } from "../auth.ts";

// The types a route is written against, all read from the contract (src/api/endpoints.ts): a route
// whose parameters, query, body or answer differ from its endpoint's does not compile.

type EndpointOf<N extends EndpointName> = Endpoints[N];

/** The query as the contract's schema parses it; no query schema, no query. */
export type QueryOf<N extends EndpointName> =
  EndpointOf<N> extends { query: z.ZodType } ? z.output<EndpointOf<N>["query"]> : Record<string, never>;

/** The body as the contract's schema parses it, the raw stream for a binary body, nothing otherwise. */
export type BodyOf<N extends EndpointName> =
  EndpointOf<N> extends { body: "binary" }
    ? ReadableStream<Uint8Array> | null
    : EndpointOf<N> extends { body: z.ZodType }
      ? z.output<EndpointOf<N>["body"]>
      : undefined;

/**
 * A request to a route. Its query and body are read through the contract's schemas (a 400 naming the
 * field) when the handler asks for them: after it has checked who is calling, so that a caller who
 * may not see or do something learns that first (404, 403), not how their request was malformed.
 */
export interface RouteRequest<N extends EndpointName> {
  params: PathParams<N>;
  query: () => QueryOf<N>;
  body: () => BodyOf<N>;
}

/**
 * JSON already written, as text or as UTF-8 bytes (stored JSON embedded as stored, never re-parsed),
 * claiming to match the schema `S`: the type says which endpoints may answer it, and the test server
 * parses every answer with the contract's schema (`checkAnswers` in route-table.ts).
 */
export class JsonText<S extends z.ZodType> {
  declare private readonly schema: S;
  constructor(readonly json: string | Uint8Array<ArrayBuffer>) {}
}

/** Labels `json` as an answer of `schema`; the schema is there for the type. */
export const jsonText = <S extends z.ZodType>(_schema: S, json: string | Uint8Array<ArrayBuffer>) =>
  new JsonText<S>(json);

/** A JSON answer: the wire form (`z.input`) of the endpoint's response schema, or text claiming it. */
type JsonAnswer<S extends z.ZodType> = z.input<S> | JsonText<S>;

/** 201 Created with this answer. */
export class Created<T> {
  constructor(readonly answer: T) {}
}
export const created = <T>(answer: T) => new Created(answer);

/** A file's bytes, for a `binary` response. */
export interface FileAnswer {
  stream: ReadableStream<Uint8Array>;
  size: number;
}

/** What a handler returns: JSON for a schema (200, or 201 via `created`), a file, or nothing (204). */
export type Answer<N extends EndpointName> = EndpointOf<N>["response"] extends z.ZodType
  ? JsonAnswer<EndpointOf<N>["response"]> | Created<JsonAnswer<EndpointOf<N>["response"]>>
  : EndpointOf<N>["response"] extends "binary"
    ? FileAnswer
    : undefined;

export type Handler<N extends EndpointName> = (
  c: Context<AppEnv>,
  request: RouteRequest<N>,
) => Answer<N> | Promise<Answer<N>>;

/** One handler per endpoint of the contract, keyed by the endpoint's name. */
export type Handlers = { [N in EndpointName]: Handler<N> };

/**
 * Handlers for some endpoints, typed by the contract: an unknown name, a parameter its path does not
 * have, a body field its schema does not have or an answer of another shape is a type error.
 */
export const defineRoutes = <K extends EndpointName>(handlers: { [N in K]: Handler<N> }): Pick<Handlers, K> =>
  handlers as Pick<Handlers, K>;
