import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meshagent } from "#api/client.ts";
import { securityHeaders } from "../http/security-headers.ts";
import { oauthParams } from "./isolation-requests.ts";
import { type SpawnedServer, spawnServer } from "./spawn-server.ts";

// The real `npm start` server as a process: every answer carries the security headers, and what it
// prints never contains a secret it handed out.

let server: SpawnedServer;
let dir: string;
const adminToken = `headers-admin-${process.pid}`;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "meshagent-admin-headers-"));
  server = await spawnServer({
    MESHAGENT_DB: join(dir, "db.sqlite"),
    MESHAGENT_STORAGE: join(dir, "storage"),
    MESHAGENT_ADMIN_TOKEN: adminToken,
  });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const request = (method: string, path: string, init: RequestInit = {}) =>
  fetch(`${server.baseUrl}${path}`, {
    method,
    ...init,
    headers: { Authorization: `Bearer ${adminToken}`, ...init.headers },
  });

describe("headers and logs", () => {
  it("every answer, console and API, success and error, carries the security headers", async () => {
    const admin = new Meshagent({ baseUrl: server.baseUrl, token: adminToken });
    const project = await admin.createProject("Headers");
    const answers: [string, Response][] = [];
    const cases: [string, string, RequestInit?][] = [
      ["GET", "/"],
      ["GET", "/project/x/rooms"],
      ["GET", "/favicon.svg"],
      ["GET", "/healthz"],
      ["GET", "/local/info"],
      ["GET", "/accounts/projects"],
      ["GET", `/accounts/projects/${project.id}/rooms?order_by=__proto__`],
      ["GET", "/accounts/projects", { headers: { Authorization: "Bearer nope" } }],
      ["GET", "/accounts/nothing"],
      ["POST", "/accounts/projects", { body: "{not json" }],
      ["POST", "/accounts/projects", { body: "x".repeat(1024 * 1024 + 1) }],
      ["GET", `/projects/${project.id}/storage/download?path=missing.txt`],
    ];
    for (const [method, path, init] of cases) answers.push([`${method} ${path}`, await request(method, path, init)]);
    for (const [what, response] of answers) {
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(response.headers.get(name), `${what} (${response.status}): ${name}`).toBe(value);
      }
      if (!what.includes(" /project/") && what !== "GET /" && what !== "GET /favicon.svg") {
        expect(response.headers.get("cache-control"), `${what}: Cache-Control`).toBe("no-store");
      }
    }
  });

  it("secrets handed out (tokens, API keys, OAuth client secrets) never reach the server's output", async () => {
    const admin = new Meshagent({ baseUrl: server.baseUrl, token: adminToken });
    const project = await admin.createProject("Secrets");
    const user = await admin.createUser({ email: "secret-keeper@example.com" });
    const { token } = await admin.createUserToken(user.id, "t");
    const key = await admin.createApiKey(project.id, "k");
    const oauth = await admin.createOAuthClient(project.id, oauthParams);
    // Use them, right and wrong, so that any request logging would have had its chance.
    await new Meshagent({ baseUrl: server.baseUrl, token }).listProjects();
    await request("GET", "/accounts/projects", { headers: { Authorization: `Bearer ${key.value}` } });
    await request("GET", "/accounts/projects", { headers: { Authorization: `Bearer ${key.value}x` } });
    const secrets = [adminToken, token, key.value, oauth.clientSecret].filter((s): s is string => Boolean(s));
    expect(secrets.length).toBe(4);
    const output = server.output();
    for (const secret of secrets) expect(output.includes(secret), "a secret in the server's output").toBe(false);
  });
});
