import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { camelizeKeys } from "#api/schemas/keys.ts";
import { CORE_SDK_METHODS, countingSdk, plainSdk, type SdkClient } from "./testing/sdk.ts";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

// The official @meshagent/meshagent 0.39.9 drives the local server; for every read, our typed
// client reads the same resource and must parse it to what the SDK parsed. Rooms and grants are in
// sdk-conformance-rooms.test.ts.

const called = new Set<string>();
let server: TestServer;
let sdk: SdkClient;
let projectId = "";

beforeAll(async () => {
  server = await startTestServer();
  sdk = countingSdk(server.baseUrl, server.adminToken, called);
  const created = (await sdk.createProject("Conformance", { region: "local" })) as Record<string, unknown>;
  projectId = String(created.id);
});
afterAll(() => server.close());

type Raw = Record<string, unknown>;
const camel = (raw: unknown) => camelizeKeys(raw as Raw);

describe("projects", () => {
  it("lists, gets and reads back a project the SDK created", async () => {
    const listed = (await sdk.listProjects()) as { projects: Raw[] };
    const ours = await server.admin.listProjects();
    expect(ours.projects).toEqual(listed.projects.map(camel));
    expect(listed.projects.map((p) => p.id)).toContain(projectId);

    const raw = await sdk.getProject(projectId);
    const project = await server.admin.getProject(projectId);
    expect(project).toEqual(camel(raw));
    expect(project).toMatchObject({ name: "Conformance", settings: { region: "local" } });
  });

  it("replaces the settings", async () => {
    await sdk.updateProjectSettings(projectId, { region: "eu", retention_days: 30 });
    const raw = (await sdk.getProject(projectId)) as Raw;
    expect(raw.settings).toEqual({ region: "eu", retention_days: 30 });
    expect((await server.admin.getProject(projectId)).settings).toEqual(raw.settings);
  });

  it("reads the caller's role and the project's status", async () => {
    const role = await sdk.getProjectRole(projectId);
    expect(role).toBe("admin");
    expect((await server.admin.getProjectRole(projectId)).role).toBe(role);
    const enabled = await sdk.getStatus(projectId);
    expect(enabled).toBe(true);
    expect((await server.admin.getProjectStatus(projectId)).enabled).toBe(enabled);
  });
});

describe("members and profiles", () => {
  it("adds members with the SDK's flags and pages through them", async () => {
    const dev = await server.newUser("sdk-dev@example.com");
    const plain = await server.newUser("sdk-plain@example.com");
    await sdk.addUserToProject(projectId, dev.id, { isDeveloper: true, canCreateRooms: true });
    await sdk.addUserToProject(projectId, plain.id, { isAdmin: false });
    expect(await plainSdk(server.baseUrl, dev.token).getProjectRole(projectId)).toBe("developer");
    expect(await plainSdk(server.baseUrl, plain.token).getProjectRole(projectId)).toBe("member");

    const page = await sdk.getUsersInProjectPage(projectId, { count: 2, offset: 1, filter: "sdk-" });
    const ours = await server.admin.listMembers(projectId, { limit: 2, offset: 1, filter: "sdk-" });
    expect(page.total).toBe(2);
    expect(ours).toEqual({ users: page.users.map(camel), total: page.total });
    expect(page.users.map((u) => (u as Raw).email)).toEqual(["sdk-plain@example.com"]);

    // The SDK types this one as an untyped record; it holds the same page.
    const all = (await sdk.getUsersInProject(projectId)) as { users: Raw[]; total: number };
    const ourAll = await server.admin.listMembers(projectId);
    expect(all.total).toBe(3);
    expect(ourAll).toEqual({ users: all.users.map(camel), total: all.total });
    expect(ourAll.users.find((u) => u.id === dev.id)).toMatchObject({ isDeveloper: true, canCreateRooms: true });

    await sdk.removeUserFromProject(projectId, plain.id);
    expect((await sdk.getUsersInProject(projectId)).total).toBe(2);
  });

  it("reads and updates a profile", async () => {
    const me = await server.admin.whoami();
    await sdk.updateUserProfile(me.id, "Ada", "Lovelace");
    const raw = await sdk.getUserProfile(me.id);
    expect(raw).toMatchObject({ id: me.id, first_name: "Ada", last_name: "Lovelace", email: me.email });
    expect(await server.admin.getUserProfile(me.id)).toEqual(camel(raw));
  });
});

describe("API keys", () => {
  it("creates a key whose value signs the SDK in to its project only, lists and deletes it", async () => {
    const created = (await sdk.createApiKey(projectId, "ci", "used by CI")) as Raw;
    expect(created).toMatchObject({ name: "ci", description: "used by CI" });
    expect(String(created.value)).toMatch(/^ma-/);

    const other = await server.admin.createProject("Other");
    const asKey = plainSdk(server.baseUrl, String(created.value));
    const visible = (await asKey.listProjects()) as { projects: Raw[] };
    expect(visible.projects.map((p) => p.id)).toEqual([projectId]);
    await expect(asKey.getProject(other.id)).rejects.toThrow(/Status code: 404/);

    const listed = (await sdk.listApiKeys(projectId)) as { keys: Raw[] };
    expect((await server.admin.listApiKeys(projectId)).keys).toEqual(listed.keys.map(camel));
    expect(listed.keys.map((k) => k.id)).toEqual([created.id]);

    await sdk.deleteApiKey(projectId, String(created.id));
    expect(((await sdk.listApiKeys(projectId)) as { keys: Raw[] }).keys).toEqual([]);
    await expect(asKey.listProjects()).rejects.toThrow(/Status code: 401/);
  });
});

describe("project storage", () => {
  it("uploads bytes the SDK and our client download unchanged", async () => {
    const data = new Uint8Array([0, 1, 2, 254, 255, ...new TextEncoder().encode("héllo")]);
    await sdk.upload({ projectId, path: "docs/hello.bin", data });
    const theirs = await sdk.download({ projectId, path: "docs/hello.bin" });
    expect([...theirs]).toEqual([...data]);
    expect([...(await server.admin.download(projectId, "docs/hello.bin"))]).toEqual([...theirs]);
    await expect(sdk.download({ projectId, path: "docs/missing.bin" })).rejects.toThrow(/Status code: 404/);
  });
});

describe("OAuth clients", () => {
  it("creates (secret once), updates, pages, gets and deletes a client", async () => {
    const created = await sdk.createOAuthClient(projectId, {
      grantTypes: ["authorization_code", "refresh_token"],
      responseTypes: ["code"],
      redirectUris: ["https://app.example.com/callback"],
      scope: "profile:read rooms:read",
      metadata: { team: "web" },
    });
    expect(created.clientSecret.length).toBeGreaterThan(20);
    expect(created).toMatchObject({ projectId, scope: "profile:read rooms:read", metadata: { team: "web" } });

    await sdk.updateOAuthClient(projectId, created.clientId, { scope: "profile:read", metadata: { team: "api" } });
    const got = await sdk.getOAuthClient(projectId, created.clientId);
    const { official, ...ours } = await server.admin.getOAuthClient(projectId, created.clientId);
    expect(ours).toEqual(got);
    expect(official).toBe(false);
    // The secret is shown once: later reads carry "" (README, "API decisions").
    expect(got).toMatchObject({ clientSecret: "", scope: "profile:read", metadata: { team: "api" } });
    expect(got.grantTypes).toEqual(created.grantTypes);

    await sdk.createOAuthClient(projectId, {
      grantTypes: ["client_credentials"],
      responseTypes: [],
      redirectUris: [],
      scope: "rooms:read",
    });
    const page = await sdk.listOAuthClientsPage(projectId, { count: 1, offset: 1 });
    const ourPage = await server.admin.listOAuthClients(projectId, { limit: 1, offset: 1 });
    expect(page.total).toBe(2);
    expect({ ...ourPage, clients: ourPage.clients.map(({ official: _, ...c }) => c) }).toEqual(page);
    const all = await sdk.listOAuthClients(projectId);
    expect(all.map((c) => c.clientId)).toContain(created.clientId);

    await sdk.deleteOAuthClient(projectId, created.clientId);
    await expect(sdk.getOAuthClient(projectId, created.clientId)).rejects.toThrow(/Status code: 404/);
    expect(await sdk.listOAuthClients(projectId)).toHaveLength(1);
  });
});

describe("coverage", () => {
  it("exercised every SDK method of this file", () => {
    expect([...called].sort()).toEqual(CORE_SDK_METHODS.toSorted());
  });
});
