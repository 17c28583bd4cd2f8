import { randomUUID } from "node:crypto";
import type { Meshagent } from "#api/client.ts";
import { type EndpointName, endpoints } from "#api/endpoints.ts";
import { toCompact } from "#api/scope/forms.ts";
import { aScope } from "../testing/scopes.ts";
import type { TestServer } from "../testing/test-server.ts";

// One valid request per endpoint, with fresh things to act on (a room to delete, a member to remove),
// so that only the caller's rights decide the status.

export interface World {
  server: TestServer;
  projectId: string;
  /** The project's admin (a person). */
  admin: Meshagent;
  adminId: string;
  /** A member with a grant in `lobby`, whose grants only admins may read. */
  bystanderId: string;
  lobbyId: string;
  oauthClientId: string;
}

export interface Built {
  path: string;
  body?: string;
  /** The success status of this endpoint. */
  ok: number;
}

const scope = () => toCompact(aScope());
const unique = () => randomUUID().slice(0, 8);

async function freshRoom(w: World) {
  return w.admin.createRoom(w.projectId, { name: `room-${unique()}` });
}
async function freshMember(w: World) {
  const user = await w.server.admin.createUser({ email: `m-${unique()}@example.com` });
  await w.admin.addMember(w.projectId, user.id);
  return user.id;
}

type Builder = (
  w: World,
  selfId: string,
) => Promise<{ params?: Record<string, string>; query?: Record<string, string>; body?: unknown; ok?: number }>;

const builders: Record<EndpointName, Builder> = {
  getServerInfo: async () => ({}),
  getCliSession: async () => ({}),
  listProjects: async () => ({}),
  whoami: async () => ({}),
  createProject: async () => ({ body: { name: `p-${unique()}` }, ok: 201 }),
  updateUserProfile: async (_w, self) => ({ params: { userId: self }, body: { first_name: "A", last_name: "B" } }),
  createUserToken: async (_w, self) => ({ params: { userId: self }, body: { name: "t" }, ok: 201 }),
  getUserProfile: async (w) => ({ params: { userId: w.adminId } }),
  getProject: async () => ({}),
  getProjectRole: async () => ({}),
  getProjectStatus: async () => ({}),
  listMembers: async () => ({}),
  listRooms: async () => ({}),
  getRoom: async () => ({ params: { roomName: "lobby" } }),
  connectRoom: async () => ({ params: { roomName: "lobby" }, body: {} }),
  createRoom: async () => ({ body: { name: `new-${unique()}` }, ok: 201 }),
  uploadFile: async () => ({ query: { path: `up-${unique()}.txt` }, ok: 204 }),
  downloadFile: async () => ({ query: { path: "fixed.txt" } }),
  listStorage: async () => ({ query: {} }),
  deleteStorageFile: async (w) => {
    const path = `doomed-${unique()}.txt`;
    await w.admin.upload(w.projectId, path, new TextEncoder().encode("x"));
    return { query: { path }, ok: 204 };
  },
  updateProjectSettings: async () => ({ body: { theme: "dark" } }),
  addMember: async (w) => {
    const user = await w.server.admin.createUser({ email: `a-${unique()}@example.com` });
    return { body: { user_id: user.id }, ok: 201 };
  },
  updateMember: async (w) => ({
    params: { userId: await freshMember(w) },
    body: { is_admin: false, is_developer: true, can_create_rooms: false, can_use_llm_proxy: false },
  }),
  removeMember: async (w) => ({ params: { userId: await freshMember(w) } }),
  updateRoom: async (w) => ({ params: { roomId: (await freshRoom(w)).id }, body: { name: `renamed-${unique()}` } }),
  deleteRoom: async (w) => ({ params: { roomId: (await freshRoom(w)).id } }),
  createRoomGrant: async (w) => ({
    body: { room_id: (await freshRoom(w)).id, user_id: w.bystanderId, permissions: scope() },
    ok: 201,
  }),
  updateRoomGrant: async (w) => ({
    params: { grantId: "any" },
    body: { room_id: w.lobbyId, user_id: w.bystanderId, permissions: scope() },
  }),
  listRoomGrants: async () => ({}),
  listUniqueRoomsWithGrants: async () => ({}),
  listRoomGrantsByRoom: async () => ({ params: { room: "lobby" } }),
  listUniqueUsersWithGrants: async () => ({}),
  listRoomGrantsByUser: async (w) => ({ params: { userId: w.bystanderId } }),
  getRoomGrant: async (w) => ({ params: { roomId: w.lobbyId, userId: w.bystanderId } }),
  deleteRoomGrant: async (w) => {
    const room = await freshRoom(w);
    await w.admin.createRoomGrant(w.projectId, { roomId: room.id, userId: w.bystanderId, permissions: aScope() });
    return { params: { roomId: room.id, userId: w.bystanderId } };
  },
  createOAuthClient: async () => ({ body: oauthBody, ok: 201 }),
  listOAuthClients: async () => ({}),
  getOAuthClient: async (w) => ({ params: { clientId: w.oauthClientId } }),
  updateOAuthClient: async (w) => ({ params: { clientId: w.oauthClientId }, body: { scope: "read" } }),
  deleteOAuthClient: async (w) => {
    const created = await w.admin.createOAuthClient(w.projectId, oauthParams);
    return { params: { clientId: created.clientId }, ok: 204 };
  },
  createApiKey: async () => ({ body: { name: `k-${unique()}` }, ok: 201 }),
  listApiKeys: async () => ({}),
  listGrantJournal: async () => ({}),
  deleteApiKey: async (w) => ({ params: { keyId: (await w.admin.createApiKey(w.projectId, "doomed")).id }, ok: 204 }),
  listUsers: async () => ({}),
  createUser: async () => ({ body: { email: `u-${unique()}@example.com` }, ok: 201 }),
};

export const oauthParams = {
  grantTypes: ["authorization_code"],
  responseTypes: ["code"],
  redirectUris: ["https://app.example/callback"],
  scope: "openid",
};
const oauthBody = {
  grant_types: oauthParams.grantTypes,
  response_types: oauthParams.responseTypes,
  redirect_uris: oauthParams.redirectUris,
  scope: oauthParams.scope,
};

/** A request for `name`, on behalf of the user `selfId` where the endpoint acts on oneself. */
export async function buildRequest(w: World, name: EndpointName, selfId: string): Promise<Built> {
  const built = await builders[name](w, selfId);
  const endpoint = endpoints[name];
  const params = { projectId: w.projectId, ...built.params };
  const path = (await w.admin.transport.url(name, params, built.query)).slice(w.server.baseUrl.length);
  const raw = "body" in endpoint && endpoint.body === "binary" ? "bytes" : undefined;
  const body = built.body === undefined ? raw : JSON.stringify(built.body);
  return { path, body, ok: built.ok ?? 200 };
}
