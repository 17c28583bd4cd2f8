import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectError, send } from "../testing/http.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

let server: TestServer;
let cli: TestServer;
let home: string;
const savedHome = process.env.MESHAGENT_CLI_HOME;
beforeAll(async () => {
  server = await startTestServer();
  // The CLI session is offered only with an upstream; this test never reaches the upstream.
  cli = await startTestServer({ upstream: "http://127.0.0.1:9", cliSession: true });
});
afterAll(async () => {
  await Promise.all([server.close(), cli.close()]);
  if (savedHome === undefined) delete process.env.MESHAGENT_CLI_HOME;
  else process.env.MESHAGENT_CLI_HOME = savedHome;
});
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "meshagent-cli-home-"));
  process.env.MESHAGENT_CLI_HOME = home;
  return () => rmSync(home, { recursive: true, force: true });
});

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const session = (access_token: string, expires_at = inAnHour()) => ({
  access_token,
  refresh_token: "r",
  expires_at,
  token_type: "Bearer",
  scope: "profile project/*",
  id_token: null,
});
const profile = (id: string) => ({ id, first_name: "Ada", last_name: "L", email: `${id}@example.com` });
const writeCli = (file: string, value: unknown) => writeFileSync(join(home, file), JSON.stringify(value));
const getSession = (headers: Record<string, string> = {}) =>
  send(cli, "GET", "/local/cli-session", { token: null, headers });

describe("local users and tokens", () => {
  it("/local/info describes the server without a token", async () => {
    expect(await server.admin.getServerInfo()).toEqual({
      kind: "local",
      version: expect.any(String),
      userLookup: true,
      upstream: null,
      cliSession: false,
      storageListing: true,
      uploadLimit: 100 * 1024 * 1024,
    });
    expect((await send(server, "GET", "/local/info", { token: null })).status).toBe(200);
  });

  it("/local/me is the caller", async () => {
    const user = await server.newUser();
    expect(await user.client.whoami()).toMatchObject({ id: user.id, email: user.email, isServerAdmin: false });
    expect(await server.admin.whoami()).toMatchObject({ isServerAdmin: true });
  });

  it("the server admin creates users; a duplicate e-mail is a 409 and a bad one a 400", async () => {
    const created = await server.admin.createUser({ email: "new.person@example.com", firstName: "Nü <p>" });
    expect(created).toMatchObject({ email: "new.person@example.com", firstName: "Nü <p>", invited: false });
    const again = await send(server, "POST", "/local/users", { body: { email: "NEW.person@example.com" } });
    expectError(again, 409, "email");
    expectError(await send(server, "POST", "/local/users", { body: { email: "nope" } }), 400, "email");
    const user = await server.newUser();
    expectError(
      await send(server, "POST", "/local/users", { token: user.token, body: { email: "x@example.com" } }),
      403,
    );
  });

  it("only the server admin lists users; anyone may look one up by exact e-mail", async () => {
    const user = await server.newUser();
    expect((await server.admin.listUsers({ limit: 1 })).users).toHaveLength(1);
    expectError(await send(server, "GET", "/local/users", { token: user.token }), 403);
    const found = await user.client.listUsers({ email: "new.person@example.com" });
    expect(found.users.map((u) => u.email)).toEqual(["new.person@example.com"]);
    expect((await user.client.listUsers({ email: "ghost@example.com" })).total).toBe(0);
  });

  it("users create tokens for themselves only; the admin for anyone; unknown users are a 404", async () => {
    const user = await server.newUser();
    const { token } = await user.client.createUserToken(user.id, "laptop");
    expect((await send(server, "GET", "/local/me", { token })).json).toMatchObject({ id: user.id });
    const other = await server.newUser();
    expectError(await send(server, "POST", `/local/users/${other.id}/tokens`, { token: user.token, body: {} }), 403);
    expectError(await send(server, "POST", "/local/users/nobody/tokens", { body: {} }), 404);
    expectError(await send(server, "POST", `/local/users/${user.id}/tokens`, { body: { name: 7 } }), 400, "name");
  });
});

describe("--cli-session", () => {
  it("offers the active user's token from settings.json, uncached", async () => {
    writeCli("settings.json", {
      active_user_id: "u2",
      users: {
        u1: { profile: profile("u1"), api_url: "https://one.example", session: session("tok-1"), project: {} },
        u2: { profile: profile("u2"), api_url: "https://api.meshagent.com", session: session("tok-2"), project: {} },
      },
    });
    const response = await getSession();
    expect(response.json).toEqual({ access_token: "tok-2", api_url: "https://api.meshagent.com" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await cli.admin.getCliSession()).toEqual({ accessToken: "tok-2", apiUrl: "https://api.meshagent.com" });
  });

  it("reads the legacy session.json", async () => {
    writeCli("session.json", session("legacy-token"));
    expect((await getSession()).json).toEqual({ access_token: "legacy-token", api_url: null });
  });

  it("an expired login is a 409 that says so", async () => {
    writeCli("settings.json", { active_user_id: "u", users: { u: { session: session("old", 1_700_000_000) } } });
    expect(expectError(await getSession(), 409)?.message).toMatch(/expired/);
  });

  it("no login at all, or an unreadable file, is a 404 that says what to do", async () => {
    expect(expectError(await getSession(), 404)?.message).toMatch(/meshagent auth login/);
    writeFileSync(join(home, "settings.json"), "{not json");
    expectError(await getSession(), 404);
  });

  it("is refused to other origins (403) and offered to this one", async () => {
    writeCli("session.json", session("same-origin-only"));
    expect((await getSession({ Origin: cli.baseUrl })).status).toBe(200);
    const foreign: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
    ];
    for (const headers of foreign) {
      expectError(await getSession(headers), 403);
    }
  });

  it("is not offered without --cli-session, nor by a local (non-proxy) server", async () => {
    writeCli("session.json", session("hidden"));
    expectError(await send(server, "GET", "/local/cli-session", { token: null }), 404);
    const local = await startTestServer({ cliSession: true });
    expectError(await send(local, "GET", "/local/cli-session", { token: null }), 404);
    await local.close();
  });
});
