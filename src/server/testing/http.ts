import { expect } from "vitest";
import { errorBodySchema } from "#api/schemas/error-body.ts";
import type { TestServer } from "./test-server.ts";

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface SendOptions {
  /** The bearer token; the server admin's by default, `null` for none. */
  token?: string | null;
  /** A JSON body (stringified), or `raw` to send bytes exactly as given. */
  body?: unknown;
  raw?: RequestInit["body"];
  headers?: Record<string, string>;
}

/** One request over real HTTP, for what the typed client refuses to send (bad JSON, wrong types). */
export async function send(server: TestServer, method: string, path: string, o: SendOptions = {}) {
  const headers: Record<string, string> = { ...o.headers };
  const token = o.token === undefined ? server.adminToken : o.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: RequestInit["body"] = o.raw;
  if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(`${server.baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json } satisfies RawResponse;
}

/** Asserts the error status and body shape; with `field`, that an issue names that field. */
export function expectError(response: RawResponse, status: number, field?: string) {
  expect({ status: response.status, body: response.json }).toMatchObject({ status });
  const parsed = errorBodySchema.safeParse(response.json);
  expect(parsed.success, `error body: ${response.text}`).toBe(true);
  if (field !== undefined) {
    expect(parsed.data?.error.issues?.map((i) => i.path)).toContain(field);
  }
  return parsed.data?.error;
}
