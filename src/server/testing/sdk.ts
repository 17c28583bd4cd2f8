import { createRequire } from "node:module";
import { toCompact } from "#api/scope/forms.ts";
import type { ApiScope, ApiScopeJson } from "#api/scope/schema.ts";

// The official TS SDK (the exact version the conformance suite pins). Its ESM build is CommonJS in
// a `type: module` folder and does not load, so take the CommonJS build.
export const sdk = createRequire(import.meta.url)("@meshagent/meshagent") as typeof import("@meshagent/meshagent");
export type SdkClient = InstanceType<typeof sdk.Meshagent>;
type SdkScope = InstanceType<typeof sdk.ApiScope>;

/** The SDK's client, recording which of its methods a test called (not the ones they call inside). */
export function countingSdk(baseUrl: string, token: string, called: Set<string>): SdkClient {
  const client = new sdk.Meshagent({ baseUrl, token });
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function" || typeof key !== "string") return value;
      return (...args: unknown[]) => {
        called.add(key);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** A client signed in with `token`, when the counting is done by another one. */
export const plainSdk = (baseUrl: string, token: string): SdkClient => new sdk.Meshagent({ baseUrl, token });

/** What our client holds, in the form the SDK 0.39.9 can express: it has no `sqlite` grant. */
export function compactWithoutSqlite(scope: ApiScope): ApiScopeJson {
  const { sqlite: _, ...rest } = toCompact(scope);
  return rest;
}

export const sdkScopeJson = (scope: SdkScope | undefined): ApiScopeJson | undefined => scope?.toJSON();

/** A scope touching the nested models whose defaults and aliases are easiest to get wrong. */
export function richSdkScope(): SdkScope {
  return new sdk.ApiScope({
    livekit: new sdk.LivekitGrant({ breakoutRooms: ["side-*"] }),
    queues: new sdk.QueuesGrant({ send: ["jobs"], receive: ["results", "events"], list: false }),
    messaging: new sdk.MessagingGrant({ broadcast: false }),
    dataset: new sdk.DatasetGrant({
      tables: [new sdk.TableGrant({ name: "orders", namespace: ["shop"], write: true, alter: false })],
      listTables: false,
    }),
    memory: new sdk.MemoryGrant({
      memories: [
        new sdk.MemoryEntryGrant({
          name: "notes",
          namespace: ["team"],
          permissions: new sdk.MemoryPermissions({ recall: true, query: true }),
        }),
      ],
    }),
    storage: new sdk.StorageGrant({
      paths: [
        new sdk.StoragePathGrant({ path: "/shared", readOnly: true }),
        new sdk.StoragePathGrant({ path: "/shared/drafts" }),
      ],
    }),
    sync: new sdk.SyncGrant({ paths: [new sdk.SyncPathGrant({ path: "/docs", readOnly: true })] }),
    containers: new sdk.ContainersGrant({
      pull: ["ghcr.io/acme/*"],
      registry: new sdk.ContainerRegistryGrant({ pull: ["acme/*"], run: ["acme/tools"] }),
    }),
    developer: new sdk.DeveloperGrant({ logs: false }),
    agents: new sdk.AgentsGrant({ call: false, allowedToolkits: ["search"] }),
    llm: new sdk.LLMGrant({ models: ["openai/gpt-*"] }),
    secrets: new sdk.SecretsGrant({
      requestOauthToken: [new sdk.OAuthEndpoint({ endpoint: "https://auth.example.com/*", clientId: "acme-app" })],
    }),
    tunnels: new sdk.TunnelsGrant({ ports: ["8080", "9000"] }),
    services: new sdk.ServicesGrant({ list: false }),
  });
}

// The SDK methods the conformance suite exercises, by file; each file checks that it called exactly its own.
export const CORE_SDK_METHODS = [
  "listProjects",
  "createProject",
  "getProject",
  "updateProjectSettings",
  "getProjectRole",
  "getStatus",
  "addUserToProject",
  "getUsersInProjectPage",
  "getUsersInProject",
  "removeUserFromProject",
  "getUserProfile",
  "updateUserProfile",
  "createApiKey",
  "listApiKeys",
  "deleteApiKey",
  "upload",
  "download",
  "createOAuthClient",
  "updateOAuthClient",
  "listOAuthClientsPage",
  "listOAuthClients",
  "getOAuthClient",
  "deleteOAuthClient",
];

export const ROOM_SDK_METHODS = [
  "createRoom",
  "getRoom",
  "updateRoom",
  "deleteRoom",
  "connectRoom",
  "listRooms",
  "createRoomGrant",
  "createRoomGrantByEmail",
  "updateRoomGrant",
  "deleteRoomGrant",
  "getRoomGrant",
  "listRoomGrants",
  "listRoomGrantsByUser",
  "listRoomGrantsByRoom",
  "listUniqueRoomsWithGrants",
  "listUniqueUsersWithGrantsPage",
  "listUniqueUsersWithGrants",
];
