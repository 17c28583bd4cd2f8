import type { GrantJournalQuery } from "./schemas/grant-journal.ts";
import type { Annotations, JsonObject } from "./schemas/json.ts";
import type { MemberFlags } from "./schemas/member.ts";
import type { PageParams } from "./schemas/page.ts";
import type { ApiScope } from "./scope/schema.ts";
import { type CallOptions, type MeshagentOptions, Transport } from "./transport.ts";

export type { CallOptions, MeshagentOptions };

// The scope forms and row schemas are zod-built, like the contract: they load with the first call
// that needs them (transport.ts says why), so this module adds no zod to the page that imports it.
const scopeForms = () => import("./scope/forms.ts");

const limitOffset = (p: PageParams = {}) => ({
  limit: p.limit,
  offset: p.offset,
  order_by: p.orderBy,
  filter: p.filter,
});
const countOffset = (p: PageParams = {}) => ({ count: p.limit, offset: p.offset, filter: p.filter });
const memberFlags = (f: MemberFlags) => ({
  is_admin: f.isAdmin,
  is_developer: f.isDeveloper,
  can_create_rooms: f.canCreateRooms,
  can_use_llm_proxy: f.canUseLlmProxy,
  can_create_agents: f.canCreateAgents,
});

export type MemberUpdate = Required<Omit<MemberFlags, "canCreateAgents">> & Pick<MemberFlags, "canCreateAgents">;

export interface CreateRoomParams {
  name: string;
  ifNotExists?: boolean;
  metadata?: JsonObject;
  annotations?: Annotations;
  /** Initial room grants, keyed by user id. */
  permissions?: Record<string, ApiScope>;
}

export interface OAuthClientParams {
  grantTypes: string[];
  responseTypes: string[];
  redirectUris: string[];
  scope: string;
  metadata?: Annotations;
  official?: boolean;
}

const oauthBody = (p: Partial<OAuthClientParams>) => ({
  grant_types: p.grantTypes,
  response_types: p.responseTypes,
  redirect_uris: p.redirectUris,
  scope: p.scope,
  metadata: p.metadata,
  official: p.official,
});

/** The Meshagent admin REST API (era B), one typed method per endpoint. ApiScopes are sent compact. */
export class Meshagent {
  readonly transport: Transport;

  constructor(options: MeshagentOptions = {}) {
    this.transport = new Transport(options);
  }

  get baseUrl(): string {
    return this.transport.baseUrl;
  }

  // Projects
  listProjects(o: CallOptions = {}) {
    return this.transport.call("listProjects", { ...o });
  }
  createProject(name: string, settings?: JsonObject, o: CallOptions = {}) {
    return this.transport.call("createProject", { ...o, body: { name, settings } });
  }
  getProject(projectId: string, o: CallOptions = {}) {
    return this.transport.call("getProject", { ...o, params: { projectId } });
  }
  updateProjectSettings(projectId: string, settings: JsonObject, o: CallOptions = {}) {
    return this.transport.call("updateProjectSettings", { ...o, params: { projectId }, body: settings });
  }
  getProjectRole(projectId: string, o: CallOptions = {}) {
    return this.transport.call("getProjectRole", { ...o, params: { projectId } });
  }
  getProjectStatus(projectId: string, o: CallOptions = {}) {
    return this.transport.call("getProjectStatus", { ...o, params: { projectId } });
  }

  // Members and profiles
  listMembers(projectId: string, page: PageParams = {}, o: CallOptions = {}) {
    return this.transport.call("listMembers", { ...o, params: { projectId }, query: countOffset(page) });
  }
  addMember(projectId: string, userId: string, flags: MemberFlags = {}, o: CallOptions = {}) {
    return this.transport.call("addMember", {
      ...o,
      params: { projectId },
      body: { project_id: projectId, user_id: userId, ...memberFlags(flags) },
    });
  }
  /** Replaces the member's flags; the four era-B flags are required, as in the Python SDK. */
  updateMember(projectId: string, userId: string, flags: MemberUpdate, o: CallOptions = {}) {
    return this.transport.call("updateMember", {
      ...o,
      params: { projectId, userId },
      body: {
        is_admin: flags.isAdmin,
        is_developer: flags.isDeveloper,
        can_create_rooms: flags.canCreateRooms,
        can_use_llm_proxy: flags.canUseLlmProxy,
        can_create_agents: flags.canCreateAgents,
      },
    });
  }
  removeMember(projectId: string, userId: string, o: CallOptions = {}) {
    return this.transport.call("removeMember", { ...o, params: { projectId, userId } });
  }
  getUserProfile(userId: string, o: CallOptions = {}) {
    return this.transport.call("getUserProfile", { ...o, params: { userId } });
  }
  updateUserProfile(userId: string, firstName: string, lastName: string, o: CallOptions = {}) {
    return this.transport.call("updateUserProfile", {
      ...o,
      params: { userId },
      body: { first_name: firstName, last_name: lastName },
    });
  }

  // Rooms
  listRooms(projectId: string, page: PageParams = {}, o: CallOptions = {}) {
    return this.transport.call("listRooms", { ...o, params: { projectId }, query: limitOffset(page) });
  }
  async createRoom(projectId: string, p: CreateRoomParams, o: CallOptions = {}) {
    const { toCompact } = await scopeForms();
    const permissions = p.permissions
      ? Object.fromEntries(Object.entries(p.permissions).map(([userId, scope]) => [userId, toCompact(scope)]))
      : undefined;
    return this.transport.call("createRoom", {
      ...o,
      params: { projectId },
      body: {
        name: p.name,
        if_not_exists: p.ifNotExists ?? false,
        metadata: p.metadata,
        annotations: p.annotations,
        permissions,
      },
    });
  }
  getRoom(projectId: string, roomName: string, o: CallOptions = {}) {
    return this.transport.call("getRoom", { ...o, params: { projectId, roomName } });
  }
  updateRoom(
    projectId: string,
    roomId: string,
    p: { name: string; metadata?: JsonObject; annotations?: Annotations },
    o: CallOptions = {},
  ) {
    return this.transport.call("updateRoom", { ...o, params: { projectId, roomId }, body: p });
  }
  deleteRoom(projectId: string, roomId: string, o: CallOptions = {}) {
    return this.transport.call("deleteRoom", { ...o, params: { projectId, roomId } });
  }
  connectRoom(projectId: string, roomName: string, o: CallOptions = {}) {
    return this.transport.call("connectRoom", { ...o, params: { projectId, roomName }, body: {} });
  }

  // Room grants
  async createRoomGrant(
    projectId: string,
    p: { roomId: string; userId: string; permissions: ApiScope },
    o: CallOptions = {},
  ) {
    const { toCompact } = await scopeForms();
    return this.transport.call("createRoomGrant", {
      ...o,
      params: { projectId },
      body: { room_id: p.roomId, user_id: p.userId, permissions: toCompact(p.permissions) },
    });
  }
  async createRoomGrantByEmail(
    projectId: string,
    p: { roomId: string; email: string; permissions: ApiScope; inviteRedirectUrl?: string },
    o: CallOptions = {},
  ) {
    const { toCompact } = await scopeForms();
    return this.transport.call("createRoomGrant", {
      ...o,
      params: { projectId },
      body: {
        room_id: p.roomId,
        email: p.email,
        permissions: toCompact(p.permissions),
        invite_redirect_url: p.inviteRedirectUrl,
      },
    });
  }
  async updateRoomGrant(
    projectId: string,
    p: { roomId: string; userId: string; permissions: ApiScope; grantId?: string },
    o: CallOptions = {},
  ) {
    const { toCompact } = await scopeForms();
    return this.transport.call("updateRoomGrant", {
      ...o,
      params: { projectId, grantId: p.grantId ?? "unused" },
      body: { room_id: p.roomId, user_id: p.userId, permissions: toCompact(p.permissions) },
    });
  }
  getRoomGrant(projectId: string, roomId: string, userId: string, o: CallOptions = {}) {
    return this.transport.call("getRoomGrant", { ...o, params: { projectId, roomId, userId } });
  }
  deleteRoomGrant(projectId: string, roomId: string, userId: string, o: CallOptions = {}) {
    return this.transport.call("deleteRoomGrant", { ...o, params: { projectId, roomId, userId } });
  }
  listRoomGrants(projectId: string, page: PageParams = {}, o: CallOptions = {}) {
    return this.transport.call("listRoomGrants", { ...o, params: { projectId }, query: limitOffset(page) });
  }
  /** `listRoomGrants` with each scope left as JSON, to be parsed once per distinct scope (schemas/room-grant.ts). */
  async listRoomGrantRows(projectId: string, page: PageParams = {}, o: CallOptions = {}) {
    const { roomGrantRowsPageSchema } = await import("./schemas/room-grant.ts");
    return this.transport.callParsedBy("listRoomGrants", roomGrantRowsPageSchema, {
      ...o,
      params: { projectId },
      query: limitOffset(page),
    });
  }
  /** `userId` may be `"me"`: the caller. */
  listRoomGrantsByUser(projectId: string, userId: string, page: PageParams = {}, o: CallOptions = {}) {
    return this.transport.call("listRoomGrantsByUser", {
      ...o,
      params: { projectId, userId },
      query: limitOffset(page),
    });
  }
  /** `room` is the room's name (Python) or its id (TS SDK); the server takes either. */
  listRoomGrantsByRoom(projectId: string, room: string, page: PageParams = {}, o: CallOptions = {}) {
    return this.transport.call("listRoomGrantsByRoom", { ...o, params: { projectId, room }, query: limitOffset(page) });
  }
  listUniqueRoomsWithGrants(projectId: string, page: PageParams = {}, o: CallOptions = {}) {
    return this.transport.call("listUniqueRoomsWithGrants", { ...o, params: { projectId }, query: limitOffset(page) });
  }
  listUniqueUsersWithGrants(projectId: string, page: PageParams = {}, o: CallOptions = {}) {
    return this.transport.call("listUniqueUsersWithGrants", { ...o, params: { projectId }, query: limitOffset(page) });
  }

  // Project storage
  upload(projectId: string, path: string, data: Uint8Array | ArrayBuffer | Blob, o: CallOptions = {}) {
    return this.transport.call("uploadFile", { ...o, params: { projectId }, query: { path }, body: data });
  }
  download(projectId: string, path: string, o: CallOptions = {}) {
    return this.transport.call("downloadFile", { ...o, params: { projectId }, query: { path } });
  }

  // Local-only: a folder's entries, and delete (README, "Local-only endpoints")
  listStorage(projectId: string, folder = "", o: CallOptions = {}) {
    return this.transport.call("listStorage", { ...o, params: { projectId }, query: { path: folder } });
  }
  deleteStorageFile(projectId: string, path: string, o: CallOptions = {}) {
    return this.transport.call("deleteStorageFile", { ...o, params: { projectId }, query: { path } });
  }

  // OAuth clients
  createOAuthClient(projectId: string, p: OAuthClientParams, o: CallOptions = {}) {
    const body = {
      ...oauthBody(p),
      grant_types: p.grantTypes,
      response_types: p.responseTypes,
      redirect_uris: p.redirectUris,
      scope: p.scope,
    };
    return this.transport.call("createOAuthClient", { ...o, params: { projectId }, body });
  }
  listOAuthClients(projectId: string, page: PageParams = {}, o: CallOptions = {}) {
    return this.transport.call("listOAuthClients", { ...o, params: { projectId }, query: countOffset(page) });
  }
  getOAuthClient(projectId: string, clientId: string, o: CallOptions = {}) {
    return this.transport.call("getOAuthClient", { ...o, params: { projectId, clientId } });
  }
  updateOAuthClient(projectId: string, clientId: string, p: Partial<OAuthClientParams>, o: CallOptions = {}) {
    return this.transport.call("updateOAuthClient", { ...o, params: { projectId, clientId }, body: oauthBody(p) });
  }
  deleteOAuthClient(projectId: string, clientId: string, o: CallOptions = {}) {
    return this.transport.call("deleteOAuthClient", { ...o, params: { projectId, clientId } });
  }

  // API keys
  createApiKey(projectId: string, name: string, description = "", o: CallOptions = {}) {
    return this.transport.call("createApiKey", { ...o, params: { projectId }, body: { name, description } });
  }
  listApiKeys(projectId: string, o: CallOptions = {}) {
    return this.transport.call("listApiKeys", { ...o, params: { projectId } });
  }
  deleteApiKey(projectId: string, keyId: string, o: CallOptions = {}) {
    return this.transport.call("deleteApiKey", { ...o, params: { projectId, keyId } });
  }

  // This server only
  getServerInfo(o: CallOptions = {}) {
    return this.transport.call("getServerInfo", { ...o });
  }
  getCliSession(o: CallOptions = {}) {
    return this.transport.call("getCliSession", { ...o });
  }
  whoami(o: CallOptions = {}) {
    return this.transport.call("whoami", { ...o });
  }
  /** Grant changes made through this server, newest first (README, "Change journal"). */
  listGrantJournal(projectId: string, query: GrantJournalQuery = {}, o: CallOptions = {}) {
    return this.transport.call("listGrantJournal", { ...o, params: { projectId }, query });
  }
  listUsers(page: PageParams & { email?: string } = {}, o: CallOptions = {}) {
    return this.transport.call("listUsers", { ...o, query: { ...countOffset(page), email: page.email } });
  }
  createUser(p: { email: string; firstName?: string; lastName?: string }, o: CallOptions = {}) {
    return this.transport.call("createUser", {
      ...o,
      body: { email: p.email, first_name: p.firstName, last_name: p.lastName },
    });
  }
  createUserToken(userId: string, name?: string, o: CallOptions = {}) {
    return this.transport.call("createUserToken", { ...o, params: { userId }, body: { name } });
  }
}
