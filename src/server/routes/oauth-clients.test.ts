import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, send } from "../testing/http.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
});
afterAll(() => server.close());

const pid = () => seed.project.id;
const aClient = (over: Partial<Parameters<TestServer["admin"]["createOAuthClient"]>[1]> = {}) =>
  server.admin.createOAuthClient(pid(), {
    grantTypes: ["authorization_code", "refresh_token"],
    responseTypes: ["code"],
    redirectUris: ["http://localhost:8765/callback"],
    scope: "profile:read rooms:read",
    ...over,
  });

describe("oauth clients", () => {
  it("the secret is returned once, on create; reads answer client_secret as an empty string", async () => {
    const created = await aClient({ metadata: { app: "<cli> ✓" }, official: true });
    expect(created.clientSecret).toMatch(/^[\w-]{20,}$/);
    expect(created).toMatchObject({ projectId: pid(), metadata: { app: "<cli> ✓" }, official: true });
    const read = await send(server, "GET", `${seed.path}/oauth/clients/${created.clientId}`);
    expect(read.json).toMatchObject({
      client_id: created.clientId,
      client_secret: "",
      scope: "profile:read rooms:read",
    });
    const { clients } = await server.admin.listOAuthClients(pid());
    expect(clients.find((c) => c.clientId === created.clientId)?.clientSecret).toBe("");
    expect(read.text).not.toContain(created.clientSecret ?? "?");
  });

  it("lists clients paged by count and offset, filtered, with the total", async () => {
    const { project } = await seedProject(server, "Clients");
    for (const scope of ["alpha", "beta", "gamma"]) {
      await server.admin.createOAuthClient(project.id, {
        grantTypes: ["client_credentials"],
        responseTypes: [],
        redirectUris: [],
        scope,
      });
    }
    const page = await server.admin.listOAuthClients(project.id, { limit: 2, offset: 1 });
    expect([page.clients.length, page.total]).toEqual([2, 3]);
    const filtered = await server.admin.listOAuthClients(project.id, { filter: "bet" });
    expect(filtered.clients.map((c) => c.scope)).toEqual(["beta"]);
  });

  it("an update changes only the keys it is given", async () => {
    const created = await aClient();
    await server.admin.updateOAuthClient(pid(), created.clientId, { scope: "rooms:*", metadata: { v: "2" } });
    expect(await server.admin.getOAuthClient(pid(), created.clientId)).toMatchObject({
      scope: "rooms:*",
      metadata: { v: "2" },
      grantTypes: ["authorization_code", "refresh_token"],
      redirectUris: ["http://localhost:8765/callback"],
    });
  });

  it("deleting a client answers 204; afterwards it is a 404 everywhere", async () => {
    const created = await aClient();
    const path = `${seed.path}/oauth/clients/${created.clientId}`;
    const deleted = await send(server, "DELETE", path);
    expect([deleted.status, deleted.text]).toEqual([204, ""]);
    expectError(await send(server, "GET", path), 404);
    expectError(await send(server, "PUT", path, { body: { scope: "x" } }), 404);
    expectError(await send(server, "DELETE", path), 404);
  });

  it("bad bodies are a 400 naming the field", async () => {
    const post = (body: unknown) => send(server, "POST", `${seed.path}/oauth/clients`, { body });
    const valid = { grant_types: ["authorization_code"], response_types: ["code"], redirect_uris: [], scope: "" };
    expectError(await post({ ...valid, grant_types: [] }), 400, "grant_types");
    expectError(await post({ ...valid, redirect_uris: ["not a url"] }), 400, "redirect_uris.0");
    expectError(await post({ ...valid, metadata: { n: 1 } }), 400, "metadata.n");
    expectError(await post({ ...valid, scope: 'rooms:read "x"' }), 400, "scope");
    expectError(await post({ ...valid, scope: "rooms:read rooms:read" }), 400, "scope");
    expectError(await post({ ...valid, scope: undefined }), 400, "scope");
    expectError(await post("clients"), 400);
  });

  it("redirect URIs are https, or http on this machine only, without a fragment", async () => {
    const post = (uri: string) =>
      send(server, "POST", `${seed.path}/oauth/clients`, {
        body: { grant_types: ["authorization_code"], response_types: ["code"], redirect_uris: [uri], scope: "" },
      });
    for (const uri of [
      "https://app.example/cb",
      "http://localhost:8765/cb",
      "http://127.0.0.1/cb",
      "http://[::1]:9/cb",
    ])
      expect((await post(uri)).status, uri).toBe(201);
    for (const uri of ["http://app.example/cb", "ftp://x.example/", "https://app.example/cb#x", " https://a.example/"])
      expectError(await post(uri), 400, "redirect_uris.0");
    const refused = await post("http://app.example/cb");
    expect(refused.text).toContain("http is allowed only for localhost, 127.0.0.1 and [::1]");
  });

  it("only admins manage OAuth clients: 403 for members and developers, 404 for outsiders", async () => {
    const created = await aClient();
    const path = `${seed.path}/oauth/clients`;
    for (const token of [seed.member.token, seed.developer.token]) {
      expectError(await send(server, "GET", path, { token }), 403);
      expectError(await send(server, "GET", `${path}/${created.clientId}`, { token }), 403);
      expectError(await send(server, "POST", path, { token, body: {} }), 403);
      expectError(await send(server, "DELETE", `${path}/${created.clientId}`, { token }), 403);
    }
    expectError(await send(server, "GET", path, { token: seed.outsider.token }), 404);
  });

  it("a client of another project is a 404", async () => {
    const created = await aClient();
    const { project } = await seedProject(server, "Elsewhere");
    expectError(await send(server, "GET", `/accounts/projects/${project.id}/oauth/clients/${created.clientId}`), 404);
  });
});
