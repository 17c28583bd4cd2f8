import type { EndpointName } from "#api/endpoints.ts";

// Who may call what: the one table behind the README's "Status by caller" table and the isolation
// suite (isolation.test.ts sends every endpoint as every caller kind and expects these statuses).

export const callerKinds = [
  "none",
  "bad",
  "member",
  "creator",
  "developer",
  "otherAdmin",
  "admin",
  "key",
  "otherKey",
  "demotedKey",
  "removedKey",
  "serverAdmin",
] as const;
export type CallerKind = (typeof callerKinds)[number];

export const callerLabels: Record<CallerKind, string> = {
  none: "no token",
  bad: "bad token",
  member: "member",
  creator: "member with `can_create_rooms`",
  developer: "developer",
  otherAdmin: "admin of another project",
  admin: "admin",
  key: "API key (creator: admin)",
  otherKey: "API key of another project",
  demotedKey: "key of a creator now a plain member",
  removedKey: "key of a removed creator",
  serverAdmin: "server admin (not a member)",
};

/** What a caller gets: the endpoint's success status, or this error status. */
export type Outcome = "ok" | 401 | 403 | 404;

type Row = Record<CallerKind, Outcome>;
const row = (ok: CallerKind[], others: Outcome, overrides: Partial<Row> = {}): Row => {
  const out = Object.fromEntries(callerKinds.map((k) => [k, ok.includes(k) ? "ok" : others])) as Row;
  return { ...out, none: 401, bad: 401, removedKey: 401, ...overrides };
};
const inProject: CallerKind[] = ["member", "creator", "developer", "admin", "key", "demotedKey"];
const outsiders = { otherAdmin: 404, otherKey: 404, serverAdmin: 404 } as const;

export const accessClasses = {
  public: {
    what: "`GET /healthz`, `GET /local/info`",
    row: Object.fromEntries(callerKinds.map((k) => [k, "ok"])) as Row,
  },
  cliSession: {
    what: "`GET /local/cli-session` on a server without `--cli-session`",
    row: Object.fromEntries(callerKinds.map((k) => [k, 404])) as Row,
  },
  anyCaller: { what: "list their projects, `GET /local/me`", row: row([...callerKinds], "ok") },
  person: {
    what: "create projects; change their own profile; issue themselves a personal token",
    row: row(["member", "creator", "developer", "otherAdmin", "admin", "serverAdmin"], 403),
  },
  profiles: {
    what: "read the profile of someone in a project they share",
    row: row([...inProject, "serverAdmin"], 404),
  },
  projectRead: {
    what: "see the project, its role, status, members and rooms; connect to a room they hold a grant in",
    row: row(inProject, 403, outsiders),
  },
  roomCreate: {
    what: "create rooms (with a grant for themselves only)",
    row: row(["creator", "developer", "admin", "key"], 403, outsiders),
  },
  storage: {
    what: "project storage: upload, download, list, delete",
    row: row(["developer", "admin", "key"], 403, outsiders),
  },
  admin: {
    what: "rename and delete rooms; members; anyone's grants and their journal; settings; OAuth clients; list and delete API keys",
    row: row(["admin", "key"], 403, outsiders),
  },
  adminPerson: { what: "create API keys", row: row(["admin"], 403, outsiders) },
  serverAdmin: { what: "list and create users", row: row(["serverAdmin"], 403) },
} satisfies Record<string, { what: string; row: Row }>;
export type AccessClass = keyof typeof accessClasses;

export const endpointAccess: Record<EndpointName, AccessClass> = {
  getServerInfo: "public",
  getCliSession: "cliSession",
  listProjects: "anyCaller",
  whoami: "anyCaller",
  createProject: "person",
  updateUserProfile: "person",
  createUserToken: "person",
  getUserProfile: "profiles",
  getProject: "projectRead",
  getProjectRole: "projectRead",
  getProjectStatus: "projectRead",
  listMembers: "projectRead",
  listRooms: "projectRead",
  getRoom: "projectRead",
  connectRoom: "projectRead",
  createRoom: "roomCreate",
  uploadFile: "storage",
  downloadFile: "storage",
  listStorage: "storage",
  deleteStorageFile: "storage",
  updateProjectSettings: "admin",
  addMember: "admin",
  updateMember: "admin",
  removeMember: "admin",
  updateRoom: "admin",
  deleteRoom: "admin",
  createRoomGrant: "admin",
  updateRoomGrant: "admin",
  listRoomGrants: "admin",
  listUniqueRoomsWithGrants: "admin",
  listRoomGrantsByRoom: "admin",
  listUniqueUsersWithGrants: "admin",
  listRoomGrantsByUser: "admin",
  getRoomGrant: "admin",
  deleteRoomGrant: "admin",
  createOAuthClient: "admin",
  listOAuthClients: "admin",
  getOAuthClient: "admin",
  updateOAuthClient: "admin",
  deleteOAuthClient: "admin",
  listApiKeys: "admin",
  listGrantJournal: "admin",
  deleteApiKey: "admin",
  createApiKey: "adminPerson",
  listUsers: "serverAdmin",
  createUser: "serverAdmin",
};

/** The README's "Status by caller" table, in Markdown. */
export function rolesTableMarkdown(): string {
  const cell = (o: Outcome) => (o === "ok" ? "yes" : String(o));
  const lines = [
    `| Action | ${callerKinds.map((k) => callerLabels[k]).join(" | ")} |`,
    `| --- | ${callerKinds.map(() => "---").join(" | ")} |`,
    ...Object.values(accessClasses).map((c) => `| ${c.what} | ${callerKinds.map((k) => cell(c.row[k])).join(" | ")} |`),
  ];
  return lines.join("\n");
}
