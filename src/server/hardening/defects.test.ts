import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { MAX_JSON_BYTES } from "../http/limits.ts";
import { expectError, send } from "../testing/http.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

// The defects of issue 9, each as it was reported: what was sent, and what must come back now.

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
});
afterAll(() => server.close());

/** `{"a":{"a":…{}…}}` as text: JSON.stringify itself overflows the stack on the deepest ones. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}{}${"}".repeat(depth)}`;
const flags = { is_admin: false, is_developer: false, can_create_rooms: false, can_use_llm_proxy: false };

describe("user text never looks up a plain object's prototype", () => {
  it("order_by = __proto__, constructor, toString… is a 400 naming order_by on every list", async () => {
    const lists = [`${seed.path}/rooms`, `${seed.path}/room-grants`, `${seed.path}/room-grants/by-user/me`];
    for (const list of lists) {
      for (const name of ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"]) {
        expectError(await send(server, "GET", `${list}?order_by=${name}`), 400, "order_by");
      }
    }
  });
});

describe("JSON bodies are bounded in depth and size", () => {
  it("a body nested deeper than 64 levels is a 400 naming the field, at any depth up to 100,000", async () => {
    for (const depth of [65, 4_100, 100_000]) {
      const settings = await send(server, "PUT", `${seed.path}/settings`, { raw: nested(depth) });
      expectError(settings, 400, "a");
      const room = await send(server, "POST", `${seed.path}/rooms`, {
        raw: `{"name":"deep-${depth}","metadata":${nested(depth)}}`,
      });
      expectError(room, 400, "metadata");
    }
    expect((await send(server, "PUT", `${seed.path}/settings`, { raw: nested(63) })).status).toBe(200);
  });

  it("a value stored deeper than the limit (by an older server) still reads, for every member", async () => {
    const deep = nested(5_000);
    const room = await server.admin.createRoom(seed.project.id, { name: "deep-stored" });
    server.db.prepare("UPDATE rooms SET metadata = ? WHERE id = ?").run(deep, room.id);
    server.db.prepare("UPDATE projects SET settings = ? WHERE id = ?").run(deep, seed.project.id);
    for (const token of [server.adminToken, seed.member.token]) {
      expect((await send(server, "GET", `${seed.path}/rooms`, { token })).status).toBe(200);
      expect((await send(server, "GET", `${seed.path}/rooms/deep-stored`, { token })).status).toBe(200);
      expect((await send(server, "GET", "/accounts/projects", { token })).status).toBe(200);
      expect((await send(server, "GET", seed.path, { token })).status).toBe(200);
    }
    await server.admin.updateProjectSettings(seed.project.id, {});
  });

  it("a body over 1 MiB is a 413 in the error shape, announced or chunked", async () => {
    const big = JSON.stringify({ name: "big", settings: { blob: "x".repeat(MAX_JSON_BYTES) } });
    expectError(await send(server, "POST", "/accounts/projects", { raw: big }), 413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
        for (let i = 0; i < 20; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await fetch(`${server.baseUrl}/accounts/projects`, {
      method: "POST",
      headers: { Authorization: `Bearer ${server.adminToken}`, "Content-Type": "application/json" },
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringMatching(/1 MiB/) } });
  });

  it("a GET's body is never read: a page is answered whatever body came with it", async () => {
    const url = new URL(`${seed.path}/room-grants?limit=5`, server.baseUrl);
    const body = "x".repeat(MAX_JSON_BYTES + 1);
    const answer = await rawRequest(url, {
      headers: { Authorization: `Bearer ${server.adminToken}`, "Content-Length": String(body.length) },
      body,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ room_grants: expect.any(Array), total: expect.any(Number) });
  });
});

describe("unknown API paths", () => {
  it("answer 404 in the JSON error shape, never the console's HTML", async () => {
    for (const [method, path] of [
      ["GET", `${seed.path}/settings`],
      ["GET", `/projects/${seed.project.id}/storage/list`],
      ["GET", "/local/users/x/tokens"],
      ["GET", "/accounts/projects/%2E%2E"],
      ["GET", "/accounts/nothing"],
      ["GET", "/local/nothing"],
      ["GET", "/healthz/x"],
    ] as const) {
      const response = await send(server, method, path);
      expect(response.headers.get("content-type"), `${method} ${path}`).toMatch(/json/);
      expect([404, 405], `${method} ${path}`).toContain(response.status);
    }
  });
});

describe("rooms created by non-admins", () => {
  it("may carry the creator's own grant, and a grant for anyone else is a 403 naming permissions", async () => {
    const { developer, member } = seed;
    await send(server, "PUT", `${seed.path}/users/${member.id}`, { body: { ...flags, can_create_rooms: true } });
    for (const creator of [developer, member]) {
      const other = creator === developer ? member : developer;
      const foreign = await send(server, "POST", `${seed.path}/rooms`, {
        token: creator.token,
        body: { name: `for-other-${creator.id}`, permissions: { [other.id]: toCompact(presets.full()) } },
      });
      expectError(foreign, 403, "permissions");
      const own = await send(server, "POST", `${seed.path}/rooms`, {
        token: creator.token,
        body: { name: `for-self-${creator.id}`, permissions: { [creator.id]: {} } },
      });
      expect(own.status).toBe(201);
    }
  });
});

describe("a project API key", () => {
  it("acts with its creator's current flags, and stops when they leave the project", async () => {
    const creator = await server.newUser();
    await server.admin.addMember(seed.project.id, creator.id, { isAdmin: true });
    const { value } = await creator.client.createApiKey(seed.project.id, "ci");
    const asKey = (method: string, path: string, body?: unknown) => send(server, method, path, { token: value, body });
    expect((await asKey("GET", `${seed.path}/room-grants`)).status).toBe(200);
    expectError(await asKey("POST", `${seed.path}/api-keys`, { name: "child" }), 403);
    expectError(await asKey("PUT", `/accounts/profiles/${creator.id}`, { first_name: "X", last_name: "Y" }), 403);

    await send(server, "PUT", `${seed.path}/users/${creator.id}`, { body: flags });
    expectError(await asKey("GET", `${seed.path}/room-grants`), 403);
    expect((await asKey("GET", `${seed.path}/rooms`)).status).toBe(200);

    await server.admin.removeMember(seed.project.id, creator.id);
    expectError(await asKey("GET", `${seed.path}/rooms`), 401);
    const readd = await asKey("POST", `${seed.path}/users`, { user_id: creator.id, is_admin: true });
    expectError(readd, 401);
  });
});

/** A GET through node:http, with headers fetch may not let us set (Host) or a body fetch refuses on a GET. */
const rawRequest = (url: string | URL, o: { headers: Record<string, string>; body?: string }) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { method: "GET", headers: o.headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(o.body);
  });

const withHost = async (url: string, host: string) => (await rawRequest(url, { headers: { Host: host } })).status;

describe("/local/cli-session", () => {
  it("answers 403 to a request whose Host is not this server's address (DNS rebinding)", async () => {
    const cli = await startTestServer({ upstream: "http://127.0.0.1:9", cliSession: true });
    try {
      const { port } = new URL(cli.baseUrl);
      const url = `${cli.baseUrl}/local/cli-session`;
      expect(await withHost(url, `evil.example:${port}`)).toBe(403);
      expect(await withHost(url, "127.0.0.1:1")).toBe(403);
      // No CLI login in this test: 404 means the Host passed.
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
        expect(await withHost(url, host)).not.toBe(403);
      }
    } finally {
      await cli.close();
    }
  });
});
