import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Endpoint, type EndpointName, endpoints } from "#api/endpoints.ts";
import { toCompact } from "#api/scope/forms.ts";
import { createApp } from "./app.ts";
import { openDb } from "./db/open.ts";
import { send } from "./testing/http.ts";
import { aScope, readOnly } from "./testing/scopes.ts";
import { startTestServer, type TestServer } from "./testing/test-server.ts";

// Every endpoint of the contract, called against a seeded server: the route exists and answers
// with the endpoint's response schema. A new endpoint without an entry in `calls` fails here.

interface Seed {
  projectId: string;
  memberId: string;
  spareId: string;
  joinerId: string;
  rooms: Record<"main" | "side" | "renameMe" | "doomed", string>;
  clientIds: Record<"kept" | "doomed", string>;
  doomedKeyId: string;
}

interface Call {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** Raw bytes instead of a JSON body. */
  raw?: RequestInit["body"];
  /** Served by the proxy started with --cli-session instead of the local server. */
  cli?: true;
}

const scope = toCompact(aScope({ livekit: {}, storage: readOnly("/data") }));
const page = { limit: 10, offset: 0 };

const calls: { [N in EndpointName]: (s: Seed) => Call } = {
  listProjects: () => ({}),
  createProject: () => ({ body: { name: "Contract 2", settings: null } }),
  getProject: (s) => ({ params: { projectId: s.projectId } }),
  updateProjectSettings: (s) => ({ params: { projectId: s.projectId }, body: { a: 1 } }),
  getProjectRole: (s) => ({ params: { projectId: s.projectId } }),
  getProjectStatus: (s) => ({ params: { projectId: s.projectId } }),
  listMembers: (s) => ({ params: { projectId: s.projectId }, query: { count: 10, offset: 0 } }),
  addMember: (s) => ({
    params: { projectId: s.projectId },
    body: { project_id: s.projectId, user_id: s.joinerId, is_admin: false },
  }),
  updateMember: (s) => ({
    params: { projectId: s.projectId, userId: s.memberId },
    body: { is_admin: false, is_developer: true, can_create_rooms: true, can_use_llm_proxy: false },
  }),
  removeMember: (s) => ({ params: { projectId: s.projectId, userId: s.spareId } }),
  getUserProfile: (s) => ({ params: { userId: s.memberId } }),
  updateUserProfile: (s) => ({ params: { userId: s.memberId }, body: { first_name: "Mem", last_name: "Ber" } }),
  listRooms: (s) => ({ params: { projectId: s.projectId }, query: { ...page, order_by: "room_name" } }),
  createRoom: (s) => ({
    params: { projectId: s.projectId },
    body: { name: "created", if_not_exists: false, metadata: { k: "v" } },
  }),
  getRoom: (s) => ({ params: { projectId: s.projectId, roomName: "main" } }),
  updateRoom: (s) => ({ params: { projectId: s.projectId, roomId: s.rooms.renameMe }, body: { name: "renamed" } }),
  deleteRoom: (s) => ({ params: { projectId: s.projectId, roomId: s.rooms.doomed } }),
  connectRoom: (s) => ({ params: { projectId: s.projectId, roomName: "main" }, body: {} }),
  createRoomGrant: (s) => ({
    params: { projectId: s.projectId },
    body: { room_id: s.rooms.main, user_id: s.memberId, permissions: scope },
  }),
  updateRoomGrant: (s) => ({
    params: { projectId: s.projectId, grantId: "unused" },
    body: { room_id: s.rooms.side, user_id: s.memberId, permissions: { livekit: {} } },
  }),
  listRoomGrants: (s) => ({ params: { projectId: s.projectId }, query: page }),
  listUniqueRoomsWithGrants: (s) => ({ params: { projectId: s.projectId }, query: page }),
  listRoomGrantsByRoom: (s) => ({ params: { projectId: s.projectId, room: "side" }, query: page }),
  listUniqueUsersWithGrants: (s) => ({ params: { projectId: s.projectId }, query: page }),
  listRoomGrantsByUser: (s) => ({ params: { projectId: s.projectId, userId: "me" }, query: page }),
  getRoomGrant: (s) => ({ params: { projectId: s.projectId, roomId: s.rooms.side, userId: s.memberId } }),
  deleteRoomGrant: (s) => ({ params: { projectId: s.projectId, roomId: s.rooms.main, userId: s.memberId } }),
  uploadFile: (s) => ({
    params: { projectId: s.projectId },
    query: { path: "contract/up.bin" },
    raw: new Uint8Array([1, 2]),
  }),
  downloadFile: (s) => ({ params: { projectId: s.projectId }, query: { path: "contract/seeded.bin" } }),
  createOAuthClient: (s) => ({
    params: { projectId: s.projectId },
    body: {
      grant_types: ["authorization_code"],
      response_types: ["code"],
      redirect_uris: ["http://localhost/cb"],
      scope: "x",
    },
  }),
  listOAuthClients: (s) => ({ params: { projectId: s.projectId }, query: { count: 10, offset: 0 } }),
  getOAuthClient: (s) => ({ params: { projectId: s.projectId, clientId: s.clientIds.kept } }),
  updateOAuthClient: (s) => ({ params: { projectId: s.projectId, clientId: s.clientIds.kept }, body: { scope: "y" } }),
  deleteOAuthClient: (s) => ({ params: { projectId: s.projectId, clientId: s.clientIds.doomed } }),
  createApiKey: (s) => ({ params: { projectId: s.projectId }, body: { name: "contract", description: "" } }),
  listApiKeys: (s) => ({ params: { projectId: s.projectId } }),
  deleteApiKey: (s) => ({ params: { projectId: s.projectId, keyId: s.doomedKeyId } }),
  getServerInfo: () => ({}),
  getCliSession: () => ({ cli: true }),
  whoami: () => ({}),
  listGrantJournal: (s) => ({ params: { projectId: s.projectId }, query: { limit: 10 } }),
  listUsers: () => ({ query: { count: 10, offset: 0 } }),
  createUser: () => ({ body: { email: "contract-new@example.com", first_name: "C" } }),
  createUserToken: (s) => ({ params: { userId: s.memberId }, body: { name: "contract" } }),
  listStorage: (s) => ({ params: { projectId: s.projectId }, query: { path: "contract" } }),
  deleteStorageFile: (s) => ({ params: { projectId: s.projectId }, query: { path: "contract/doomed.bin" } }),
};

let server: TestServer;
let cli: TestServer;
let cliHome: string;
let seed: Seed;
const savedHome = process.env.MESHAGENT_CLI_HOME;

beforeAll(async () => {
  server = await startTestServer();
  cliHome = mkdtempSync(join(tmpdir(), "meshagent-cli-home-"));
  writeFileSync(join(cliHome, "session.json"), JSON.stringify({ access_token: "cli-token", expires_at: null }));
  process.env.MESHAGENT_CLI_HOME = cliHome;
  cli = await startTestServer({ upstream: server.baseUrl, cliSession: true });

  const { admin } = server;
  const projectId = (await admin.createProject("Contract")).id;
  const [member, spare, joiner, remover] = await Promise.all([1, 2, 3, 4].map(() => server.newUser()));
  for (const user of [member, spare, remover]) await admin.addMember(projectId, user?.id ?? "");
  const room = async (name: string) => (await admin.createRoom(projectId, { name })).id;
  const rooms = {
    main: await room("main"),
    side: await room("side"),
    renameMe: await room("rename-me"),
    doomed: await room("doomed"),
  };
  const me = await admin.whoami();
  for (const [roomId, userId] of [
    [rooms.main, me.id],
    [rooms.side, member?.id],
    [rooms.side, remover?.id],
  ]) {
    await admin.createRoomGrant(projectId, { roomId: roomId ?? "", userId: userId ?? "", permissions: aScope() });
  }
  await admin.upload(projectId, "contract/seeded.bin", new Uint8Array([7, 8, 9]));
  await admin.upload(projectId, "contract/doomed.bin", new Uint8Array([1]));
  const client = () =>
    admin.createOAuthClient(projectId, {
      grantTypes: ["client_credentials"],
      responseTypes: [],
      redirectUris: [],
      scope: "",
    });
  const clientIds = { kept: (await client()).clientId, doomed: (await client()).clientId };
  const doomedKeyId = (await admin.createApiKey(projectId, "doomed")).id;
  seed = {
    projectId,
    memberId: member?.id ?? "",
    spareId: spare?.id ?? "",
    joinerId: joiner?.id ?? "",
    rooms,
    clientIds,
    doomedKeyId,
  };
});

afterAll(async () => {
  await Promise.all([cli.close(), server.close()]);
  rmSync(cliHome, { recursive: true, force: true });
  if (savedHome === undefined) delete process.env.MESHAGENT_CLI_HOME;
  else process.env.MESHAGENT_CLI_HOME = savedHome;
});

describe("the contract", () => {
  it("has a call in this table for every endpoint, and nothing else", () => {
    expect(Object.keys(calls).sort()).toEqual(Object.keys(endpoints).sort());
  });

  it.each(Object.keys(endpoints) as EndpointName[])(
    "%s has a route answering with its response schema",
    async (name) => {
      const endpoint: Endpoint = endpoints[name];
      const spec = calls[name]?.(seed);
      expect(spec, `no entry for ${name} in the contract table`).toBeDefined();
      const target = spec?.cli ? cli : server;
      const url = await target.admin.transport.url(name, spec?.params, spec?.query);
      const response = await send(target, endpoint.method, url.slice(target.baseUrl.length), {
        ...(spec?.raw ? { raw: spec.raw } : { body: spec?.body }),
        ...(endpoint.public ? { token: null } : {}),
      });
      expect(response.text).not.toMatch(/No route for/);
      expect(response.status, response.text).toBeLessThan(300);
      if (endpoint.response === "empty") {
        expect([response.status, response.text]).toEqual([204, ""]);
      } else if (endpoint.response === "binary") {
        expect(response.headers.get("content-type")).toBe("application/octet-stream");
        expect(response.text).toBe("\x07\x08\x09");
      } else {
        const parsed = endpoint.response.safeParse(response.json);
        expect(parsed.error?.issues ?? [], response.text).toEqual([]);
      }
    },
  );

  it("the server has no API route outside the contract", () => {
    const storageRoot = mkdtempSync(join(tmpdir(), "meshagent-admin-routes-"));
    const app = createApp({ db: openDb(":memory:"), storageRoot });
    const shape = (method: string, path: string) => `${method} ${path.replace(/[:{](\w+)}?/g, "{}")}`;
    const contract = new Set(Object.values(endpoints).map((e: Endpoint) => shape(e.method, e.path)));
    const served = app.routes
      .filter((r) => ["GET", "POST", "PUT", "DELETE"].includes(r.method) && r.path !== "/healthz")
      .map((r) => shape(r.method, r.path));
    expect(served.filter((route) => !contract.has(route))).toEqual([]);
    expect([...contract].filter((route) => !served.includes(route))).toEqual([]);
    rmSync(storageRoot, { recursive: true, force: true });
  });
});
