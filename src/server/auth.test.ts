import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Endpoint, type EndpointName, endpoints, pathParamNames } from "#api/endpoints.ts";
import { expectError, send } from "./testing/http.ts";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

let server: TestServer;
let projectId: string;
beforeAll(async () => {
  server = await startTestServer();
  projectId = (await server.admin.createProject("Guarded")).id;
});
afterAll(() => server.close());

const names = Object.keys(endpoints) as EndpointName[];
const guarded = names.filter((name) => !(endpoints[name] as Endpoint).public);

/** The endpoint's path with every parameter filled (the real project, so only auth can refuse). */
async function pathOf(name: EndpointName): Promise<string> {
  const endpoint: Endpoint = endpoints[name];
  const params = Object.fromEntries(pathParamNames(endpoint.path).map((p) => [p, p === "projectId" ? projectId : "x"]));
  const url = await server.admin.transport.url(name, params, endpoint.query ? { path: "f.txt" } : undefined);
  return url.slice(server.baseUrl.length);
}

const call = async (name: EndpointName, headers: Record<string, string>) => {
  const endpoint: Endpoint = endpoints[name];
  const body = endpoint.body === undefined ? undefined : endpoint.body === "binary" ? "bytes" : "{}";
  return send(server, endpoint.method, await pathOf(name), { token: null, raw: body, headers });
};

describe("authentication", () => {
  it.each(guarded)("%s answers 401 without a token", async (name) => {
    const response = await call(name, {});
    expect(expectError(response, 401)?.message).toMatch(/bearer token/i);
  });

  it.each(guarded)("%s answers 401 with a token the server does not know", async (name) => {
    expectError(await call(name, { Authorization: "Bearer mat_not-a-real-token" }), 401);
  });

  it("malformed Authorization headers are a 401, never a 500", async () => {
    const headers = [
      "Bearer",
      "Bearer ",
      "Basic dXNlcjpwYXNz",
      server.adminToken,
      "Bearer None",
      `Bearer ${"x".repeat(10_000)}`,
      "Bearer ma-AAAAAAAAAAAAAAAAAAAAAA-AAAAAAAAAAAAAAAAAAAAAA-secret",
      "Bearer ma-\u00e9\u00e9-\u00e9-\u00e9",
    ];
    for (const value of headers) {
      expectError(
        await send(server, "GET", "/accounts/projects", { token: null, headers: { Authorization: value } }),
        401,
      );
    }
  });

  it("the scheme is case-insensitive and surrounding spaces are ignored", async () => {
    for (const value of [`bearer ${server.adminToken}`, `  Bearer   ${server.adminToken}  `]) {
      const response = await send(server, "GET", "/accounts/projects", {
        token: null,
        headers: { Authorization: value },
      });
      expect(response.status).toBe(200);
    }
  });

  it("health and server info need no token", async () => {
    expect((await send(server, "GET", "/healthz", { token: null })).json).toEqual({ ok: true });
    expect((await send(server, "GET", "/local/info", { token: null })).status).toBe(200);
  });

  it("an unknown path is a JSON 404 that names the route", async () => {
    const response = await send(server, "GET", "/accounts/nothing-here");
    expect(expectError(response, 404)?.message).toBe("No route for GET /accounts/nothing-here");
  });

  it("a malformed percent-escape in a path is a 404, not a 500", async () => {
    expectError(await send(server, "GET", `/accounts/projects/${projectId}/rooms/%E0%A4%A`), 404);
    expectError(await send(server, "GET", `/accounts/projects/%ZZ/rooms`), 404);
  });
});
