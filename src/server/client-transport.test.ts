import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meshagent } from "#api/client.ts";
import {
  ApiError,
  BadRequestError,
  ClientValidationError,
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  ResponseShapeError,
  ServerError,
  UnauthorizedError,
} from "#api/errors.ts";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

let server: TestServer;
let projectId: string;
beforeAll(async () => {
  server = await startTestServer();
  projectId = (await server.admin.createProject("Transport")).id;
});
afterAll(() => server.close());

/** A client whose "server" answers every call with the given status and body. */
function clientAnswering(status: number, body: string) {
  const app = new Hono().all("*", (c) => c.body(body, status as 200, { "Content-Type": "application/json" }));
  return new Meshagent({
    baseUrl: "http://fake.test",
    token: "t",
    fetch: async (input, init) => app.fetch(new Request(input, init)),
  });
}

describe("errors", () => {
  it("a missing token is an UnauthorizedError with status, method, path and the server's message", async () => {
    const anonymous = new Meshagent({ baseUrl: server.baseUrl });
    const error = await anonymous.listProjects().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ status: 401, method: "GET", path: "/accounts/projects" });
    expect((error as ApiError).message).toMatch(/bearer token/i);
  });

  it("a duplicate room is a ConflictError naming the field", async () => {
    await server.admin.createRoom(projectId, { name: "dup" });
    const error = await server.admin.createRoom(projectId, { name: "dup" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ApiError).issueFor("name")).toMatch(/already exists/);
  });

  it("an unknown project is a NotFoundError and a member's admin action a ForbiddenError", async () => {
    await expect(server.admin.getProject("nope")).rejects.toBeInstanceOf(NotFoundError);
    const user = await server.newUser();
    await server.admin.addMember(projectId, user.id);
    await expect(user.client.createRoom(projectId, { name: "nope" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a server 400 keeps its issues, and the raw body", async () => {
    const error = await server.admin.listRooms(projectId, { orderBy: "sideways" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).issueFor("order_by")).toMatch(/must be one of/);
    expect((error as ApiError).body).toContain('"order_by"');
  });

  it("a body the contract rejects fails before any request with a client-side error naming the field", async () => {
    let requests = 0;
    const client = new Meshagent({
      baseUrl: server.baseUrl,
      token: server.adminToken,
      fetch: (input, init) => {
        requests += 1;
        return fetch(input, init);
      },
    });
    const error = await client.createRoom(projectId, { name: "Not Valid" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientValidationError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as ClientValidationError).issueFor("name")).toMatch(/./);
    expect(requests).toBe(0);
  });

  it("5xx answers are ServerErrors, and plain-text bodies become the message", async () => {
    const error = await clientAnswering(503, "upstream down")
      .listProjects()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ApiError).message).toBe("upstream down");
  });

  it("a 2xx with a malformed body is a ResponseShapeError naming the field path", async () => {
    const body = JSON.stringify({ rooms: [{ id: "r1", name: 42 }], total: 1 });
    const error = await clientAnswering(200, body)
      .listRooms("p")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as ResponseShapeError).fieldPath).toBe("rooms.0.name");
  });

  it("an unreachable host is a NetworkError, not an ApiError", async () => {
    const client = new Meshagent({ baseUrl: "http://127.0.0.1:9", token: "t" });
    const error = await client.listProjects().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
  });
});

describe("requests", () => {
  it("an aborted call rejects with the abort, not a NetworkError", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await server.admin.listProjects({ signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe("AbortError");
  });

  it("path parameters are percent-encoded with no safe characters", async () => {
    const url = await server.admin.transport.url("getRoomGrant", { projectId: "p", roomId: "a/b", userId: "c d" });
    expect(url).toBe(`${server.baseUrl}/accounts/projects/p/room-grants/a%2Fb/c%20d`);
  });

  it("query numbers travel as decimal strings and empty filters are left out", async () => {
    const url = await server.admin.transport.url(
      "listRooms",
      { projectId: "p" },
      { limit: 25, offset: 50, filter: "" },
    );
    expect(new URL(url).search).toBe("?limit=25&offset=50");
  });

  it("responses are parsed into camelCase models with defaults", async () => {
    const room = await server.admin.createRoom(projectId, { name: "parsed" });
    expect(room).toEqual({ id: room.id, name: "parsed", metadata: {}, annotations: {} });
    const role = await server.admin.getProjectRole(projectId);
    expect(role).toMatchObject({ role: "admin", isAdmin: true, canCreateRooms: true });
  });
});
