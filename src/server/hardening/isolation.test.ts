import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EndpointName, endpoints } from "#api/endpoints.ts";
import { send } from "../testing/http.ts";
import { aScope } from "../testing/scopes.ts";
import type { TestUser } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";
import { accessClasses, type CallerKind, callerKinds, endpointAccess, rolesTableMarkdown } from "./access-table.ts";
import { buildRequest, oauthParams, type World } from "./isolation-requests.ts";

// Every endpoint × every caller kind answers the status of access-table.ts, which the README shows.

let server: TestServer;
let world: World;
/** Each caller's bearer token (null: none) and the user it acts as. */
const callers = new Map<CallerKind, { token: string | null; userId: string }>();

const flags = { is_admin: false, is_developer: false, can_create_rooms: false, can_use_llm_proxy: false };

beforeAll(async () => {
  server = await startTestServer();
  const u = () => server.newUser();
  const [owner, member, creator, developer, other, keyOwner, demoted, removed, bystander] = await Promise.all([
    u(),
    u(),
    u(),
    u(),
    u(),
    u(),
    u(),
    u(),
    u(),
  ]);
  const project = await owner.client.createProject("Isolated");
  const otherProject = await other.client.createProject("Elsewhere");
  const p = project.id;
  const add = (user: TestUser, f: Partial<typeof flags>) =>
    send(server, "POST", `/accounts/projects/${p}/users`, { token: owner.token, body: { user_id: user.id, ...f } });
  await add(member, {});
  await add(creator, { can_create_rooms: true });
  await add(developer, { is_developer: true });
  await add(bystander, {});
  for (const admin of [keyOwner, demoted, removed]) await add(admin, { is_admin: true });
  const keyOf = async (user: TestUser, projectId: string) => (await user.client.createApiKey(projectId, "k")).value;
  const [key, demotedKey, removedKey, otherKey] = await Promise.all([
    keyOf(keyOwner, p),
    keyOf(demoted, p),
    keyOf(removed, p),
    keyOf(other, otherProject.id),
  ]);
  const lobby = await owner.client.createRoom(p, { name: "lobby" });
  // Everyone in the project holds a grant in the lobby, so that connecting there is a matter of rights.
  for (const user of [owner, member, creator, developer, keyOwner, demoted, removed, bystander]) {
    await owner.client.createRoomGrant(p, { roomId: lobby.id, userId: user.id, permissions: aScope() });
  }
  await owner.client.upload(p, "fixed.txt", new TextEncoder().encode("bytes"));
  const oauth = await owner.client.createOAuthClient(p, oauthParams);
  await send(server, "PUT", `/accounts/projects/${p}/users/${demoted.id}`, { token: owner.token, body: flags });
  await owner.client.removeMember(p, removed.id);

  const me = await server.admin.whoami();
  const entries: [CallerKind, string | null, string][] = [
    ["none", null, owner.id],
    ["bad", "mat_not-a-real-token", owner.id],
    ["member", member.token, member.id],
    ["creator", creator.token, creator.id],
    ["developer", developer.token, developer.id],
    ["otherAdmin", other.token, other.id],
    ["admin", owner.token, owner.id],
    ["key", key, keyOwner.id],
    ["otherKey", otherKey, other.id],
    ["demotedKey", demotedKey, demoted.id],
    ["removedKey", removedKey, removed.id],
    ["serverAdmin", server.adminToken, me.id],
  ];
  for (const [kind, token, userId] of entries) callers.set(kind, { token, userId });
  world = {
    server,
    projectId: p,
    admin: owner.client,
    adminId: owner.id,
    bystanderId: bystander.id,
    lobbyId: lobby.id,
    oauthClientId: oauth.clientId,
  };
}, 60_000);
afterAll(() => server.close());

describe("isolation", () => {
  it("every endpoint answers every caller kind with the status the README documents", async () => {
    const names = Object.keys(endpoints) as EndpointName[];
    const deviations: string[] = [];
    let cells = 0;
    for (const name of names) {
      const expected = accessClasses[endpointAccess[name]].row;
      for (const kind of callerKinds) {
        const caller = callers.get(kind);
        if (!caller) throw new Error(`no caller ${kind}`);
        const request = await buildRequest(world, name, caller.userId);
        const response = await send(server, endpoints[name].method, request.path, {
          token: caller.token,
          raw: request.body,
          headers: request.body === undefined ? {} : { "Content-Type": "application/json" },
        });
        const want = expected[kind] === "ok" ? request.ok : expected[kind];
        cells++;
        if (response.status !== want) {
          deviations.push(`${name} as ${kind}: ${response.status} (expected ${want}) ${response.text.slice(0, 120)}`);
        }
      }
    }
    console.log(
      `isolation: ${cells} cells (${names.length} endpoints × ${callerKinds.length} callers), ${deviations.length} deviations`,
    );
    expect(deviations).toEqual([]);
  }, 120_000);

  it("the README's status-by-caller table is this table", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    expect(readme, `README.md must contain:\n${rolesTableMarkdown()}`).toContain(rolesTableMarkdown());
  });
});
