import { z } from "zod";
import { apiKeysListSchema, createApiKeyBodySchema, createdApiKeySchema } from "./schemas/api-key.ts";
import { grantJournalPageSchema, grantJournalQuerySchema } from "./schemas/grant-journal.ts";
import { ackSchema } from "./schemas/json.ts";
import {
  cliSessionSchema,
  createdTokenSchema,
  createTokenBodySchema,
  createUserBodySchema,
  localUserSchema,
  localUsersPageSchema,
  serverInfoSchema,
} from "./schemas/local.ts";
import { addMemberBodySchema, projectMembersPageSchema, updateMemberBodySchema } from "./schemas/member.ts";
import {
  createOAuthClientBodySchema,
  oauthClientSchema,
  oauthClientsPageSchema,
  updateOAuthClientBodySchema,
} from "./schemas/oauth-client.ts";
import { countOffsetQuerySchema, limitOffsetQuerySchema } from "./schemas/page.ts";
import { updateProfileBodySchema, userProfileSchema } from "./schemas/profile.ts";
import {
  createdProjectSchema,
  createProjectBodySchema,
  projectInfoSchema,
  projectRoleInfoSchema,
  projectSettingsBodySchema,
  projectStatusSchema,
  projectsListSchema,
} from "./schemas/project.ts";
import {
  createRoomBodySchema,
  roomConnectionInfoSchema,
  roomSchema,
  roomsPageSchema,
  updateRoomBodySchema,
} from "./schemas/room.ts";
import {
  createRoomGrantBodySchema,
  projectRoomGrantSchema,
  roomGrantCountsPageSchema,
  roomGrantsPageSchema,
  updateRoomGrantBodySchema,
  userGrantCountsPageSchema,
} from "./schemas/room-grant.ts";
import { storageListingSchema } from "./schemas/storage.ts";
import { storageFileQuerySchema, storageFolderQuerySchema } from "./storage/path-rules.ts";

// The contract as data (spec §4, era B). Paths name their parameters in braces; every parameter is
// percent-encoded by the client, which leaves UUIDs and room names as they are, as the SDK does.

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

export interface Endpoint {
  method: HttpMethod;
  path: string;
  query?: z.ZodType;
  /** A JSON body schema, or raw bytes. */
  body?: z.ZodType | "binary";
  /** A JSON response schema, raw bytes, or no body (204). */
  response: z.ZodType | "binary" | "empty";
  /** Calls that need no bearer token. */
  public?: true;
  /** Endpoints of this server only, not of Meshagent. */
  local?: true;
}

const P = "/accounts/projects/{projectId}";
const connectBodySchema = z.looseObject({});
const localUsersQuerySchema = countOffsetQuerySchema.extend({ email: z.string().optional() });

export const endpoints = {
  // Projects (§4.1)
  listProjects: { method: "GET", path: "/accounts/projects", response: projectsListSchema },
  createProject: {
    method: "POST",
    path: "/accounts/projects",
    body: createProjectBodySchema,
    response: createdProjectSchema,
  },
  getProject: { method: "GET", path: P, response: projectInfoSchema },
  updateProjectSettings: { method: "PUT", path: `${P}/settings`, body: projectSettingsBodySchema, response: ackSchema },
  getProjectRole: { method: "GET", path: `${P}/role`, response: projectRoleInfoSchema },
  getProjectStatus: { method: "GET", path: `${P}/status`, response: projectStatusSchema },

  // Members and profiles (§4.1)
  listMembers: { method: "GET", path: `${P}/users`, query: countOffsetQuerySchema, response: projectMembersPageSchema },
  addMember: { method: "POST", path: `${P}/users`, body: addMemberBodySchema, response: ackSchema },
  updateMember: { method: "PUT", path: `${P}/users/{userId}`, body: updateMemberBodySchema, response: ackSchema },
  removeMember: { method: "DELETE", path: `${P}/users/{userId}`, response: ackSchema },
  getUserProfile: { method: "GET", path: "/accounts/profiles/{userId}", response: userProfileSchema },
  updateUserProfile: {
    method: "PUT",
    path: "/accounts/profiles/{userId}",
    body: updateProfileBodySchema,
    response: ackSchema,
  },

  // Rooms (§4.2)
  listRooms: { method: "GET", path: `${P}/rooms`, query: limitOffsetQuerySchema, response: roomsPageSchema },
  createRoom: { method: "POST", path: `${P}/rooms`, body: createRoomBodySchema, response: roomSchema },
  getRoom: { method: "GET", path: `${P}/rooms/{roomName}`, response: roomSchema },
  updateRoom: { method: "PUT", path: `${P}/rooms/{roomId}`, body: updateRoomBodySchema, response: ackSchema },
  deleteRoom: { method: "DELETE", path: `${P}/rooms/{roomId}`, response: ackSchema },
  connectRoom: {
    method: "POST",
    path: `${P}/rooms/{roomName}/connect`,
    body: connectBodySchema,
    response: roomConnectionInfoSchema,
  },

  // Room grants (§4.3)
  createRoomGrant: { method: "POST", path: `${P}/room-grants`, body: createRoomGrantBodySchema, response: ackSchema },
  updateRoomGrant: {
    method: "PUT",
    path: `${P}/room-grants/{grantId}`,
    body: updateRoomGrantBodySchema,
    response: ackSchema,
  },
  listRoomGrants: {
    method: "GET",
    path: `${P}/room-grants`,
    query: limitOffsetQuerySchema,
    response: roomGrantsPageSchema,
  },
  listUniqueRoomsWithGrants: {
    method: "GET",
    path: `${P}/room-grants/by-room`,
    query: limitOffsetQuerySchema,
    response: roomGrantCountsPageSchema,
  },
  listRoomGrantsByRoom: {
    method: "GET",
    path: `${P}/room-grants/by-room/{room}`,
    query: limitOffsetQuerySchema,
    response: roomGrantsPageSchema,
  },
  listUniqueUsersWithGrants: {
    method: "GET",
    path: `${P}/room-grants/by-user`,
    query: limitOffsetQuerySchema,
    response: userGrantCountsPageSchema,
  },
  listRoomGrantsByUser: {
    method: "GET",
    path: `${P}/room-grants/by-user/{userId}`,
    query: limitOffsetQuerySchema,
    response: roomGrantsPageSchema,
  },
  getRoomGrant: { method: "GET", path: `${P}/room-grants/{roomId}/{userId}`, response: projectRoomGrantSchema },
  deleteRoomGrant: { method: "DELETE", path: `${P}/room-grants/{roomId}/{userId}`, response: ackSchema },

  // Project storage (§4.4)
  uploadFile: {
    method: "POST",
    path: "/projects/{projectId}/storage/upload",
    query: storageFileQuerySchema,
    body: "binary",
    response: "empty",
  },
  downloadFile: {
    method: "GET",
    path: "/projects/{projectId}/storage/download",
    query: storageFileQuerySchema,
    response: "binary",
  },

  // OAuth clients (§4.5)
  createOAuthClient: {
    method: "POST",
    path: `${P}/oauth/clients`,
    body: createOAuthClientBodySchema,
    response: oauthClientSchema,
  },
  listOAuthClients: {
    method: "GET",
    path: `${P}/oauth/clients`,
    query: countOffsetQuerySchema,
    response: oauthClientsPageSchema,
  },
  getOAuthClient: { method: "GET", path: `${P}/oauth/clients/{clientId}`, response: oauthClientSchema },
  updateOAuthClient: {
    method: "PUT",
    path: `${P}/oauth/clients/{clientId}`,
    body: updateOAuthClientBodySchema,
    response: ackSchema,
  },
  deleteOAuthClient: { method: "DELETE", path: `${P}/oauth/clients/{clientId}`, response: "empty" },

  // API keys (§4.6)
  createApiKey: { method: "POST", path: `${P}/api-keys`, body: createApiKeyBodySchema, response: createdApiKeySchema },
  listApiKeys: { method: "GET", path: `${P}/api-keys`, response: apiKeysListSchema },
  deleteApiKey: { method: "DELETE", path: `${P}/api-keys/{keyId}`, response: "empty" },

  // This server only (README, "Local-only API")
  getServerInfo: { method: "GET", path: "/local/info", response: serverInfoSchema, public: true, local: true },
  getCliSession: { method: "GET", path: "/local/cli-session", response: cliSessionSchema, public: true, local: true },
  whoami: { method: "GET", path: "/local/me", response: localUserSchema, local: true },
  listGrantJournal: {
    method: "GET",
    path: "/local/projects/{projectId}/grant-journal",
    query: grantJournalQuerySchema,
    response: grantJournalPageSchema,
    local: true,
  },
  listUsers: {
    method: "GET",
    path: "/local/users",
    query: localUsersQuerySchema,
    response: localUsersPageSchema,
    local: true,
  },
  createUser: {
    method: "POST",
    path: "/local/users",
    body: createUserBodySchema,
    response: localUserSchema,
    local: true,
  },
  createUserToken: {
    method: "POST",
    path: "/local/users/{userId}/tokens",
    body: createTokenBodySchema,
    response: createdTokenSchema,
    local: true,
  },
  listStorage: {
    method: "GET",
    path: "/local/projects/{projectId}/storage",
    query: storageFolderQuerySchema,
    response: storageListingSchema,
    local: true,
  },
  deleteStorageFile: {
    method: "DELETE",
    path: "/local/projects/{projectId}/storage",
    query: storageFileQuerySchema,
    response: "empty",
    local: true,
  },
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** The path parameters of an endpoint, by name. */
export type PathParams<N extends EndpointName> = { [K in ParamNames<Endpoints[N]["path"]>]: string };

export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
}
