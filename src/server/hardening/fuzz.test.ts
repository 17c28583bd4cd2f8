import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBodySchema } from "#api/schemas/error-body.ts";
import { isApiPath } from "../http/security-headers.ts";
import { aScope } from "../testing/scopes.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";
import { type FuzzRequest, type FuzzTargets, fuzzRequest } from "./fuzz-requests.ts";

// Property-based: ≥ 2,000 generated requests across the contract; every answer is 2xx or a JSON 4xx,
// never a 5xx nor HTML on an API path; the database stays intact and a project out of reach unchanged.
// FC_SEED=<seed> replays a run.

const RUNS = 2_000;
let server: TestServer;
let targets: FuzzTargets;
let untouchable: string;

/** Every row that belongs to the project, in a stable order. */
function snapshot(projectId: string): unknown {
  const all = (sql: string) => server.db.prepare(sql).all(projectId);
  return {
    project: all("SELECT * FROM projects WHERE id = ?"),
    members: all("SELECT * FROM project_members WHERE project_id = ? ORDER BY user_id"),
    rooms: all("SELECT * FROM rooms WHERE project_id = ? ORDER BY id"),
    grants: all("SELECT * FROM room_grants WHERE project_id = ? ORDER BY room_id, user_id"),
    keys: all("SELECT * FROM api_keys WHERE project_id = ? ORDER BY id"),
    oauth: all("SELECT * FROM oauth_clients WHERE project_id = ? ORDER BY 1"),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  const [member, stranger] = await Promise.all([server.newUser(), server.newUser()]);
  const project = await server.admin.createProject("Fuzzed");
  await server.admin.addMember(project.id, member.id);
  const room = await server.admin.createRoom(project.id, { name: "fuzz-room" });
  await server.admin.createRoomGrant(project.id, { roomId: room.id, userId: member.id, permissions: aScope() });
  const key = await server.admin.createApiKey(project.id, "fuzz");
  const oauth = await server.admin.createOAuthClient(project.id, {
    grantTypes: ["authorization_code"],
    responseTypes: ["code"],
    redirectUris: ["https://a.example/cb"],
    scope: "openid",
  });
  // A project none of the fuzz's callers is in, with a bit of everything.
  const other = await stranger.client.createProject("Untouchable");
  untouchable = other.id;
  const otherRoom = await stranger.client.createRoom(other.id, { name: "private" });
  await stranger.client.createRoomGrant(other.id, { roomId: otherRoom.id, userId: stranger.id, permissions: aScope() });
  await stranger.client.createApiKey(other.id, "theirs");
  const me = await server.admin.whoami();
  targets = {
    ids: {
      projectId: [project.id],
      roomId: [room.id],
      roomName: [room.name],
      room: [room.name, room.id],
      userId: [member.id, me.id, stranger.id, "me"],
      grantId: ["1", room.id],
      clientId: [oauth.clientId],
      keyId: [key.id],
    },
    forbiddenProjectId: other.id,
    tokens: [server.adminToken, member.token, key.value, null, "mat_bogus"],
  };
}, 60_000);
afterAll(() => server.close());

async function sendFuzz(r: FuzzRequest) {
  // One connection per request: an answer refused before its body was read closes its connection.
  const headers: Record<string, string> = { Connection: "close" };
  if (r.token !== null) headers.Authorization = `Bearer ${r.token}`;
  if (r.contentType) headers["Content-Type"] = r.contentType;
  const body = r.method === "GET" ? undefined : r.body;
  return fetch(`${server.baseUrl}${r.path}`, { method: r.method, headers, body });
}

describe("fuzz", () => {
  it(`${RUNS} generated requests: only 2xx or JSON 4xx, the database intact, a foreign project untouched`, async () => {
    const before = snapshot(untouchable);
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    let sent = 0;
    let previous = "";
    let fiveXx = 0;
    console.log(`fuzz: seed ${seed} (FC_SEED=${seed} replays it)`);
    await fc.assert(
      fc.asyncProperty(fuzzRequest(targets), async (r) => {
        const response = await sendFuzz(r).catch((error: unknown) => {
          const size = typeof r.body === "string" ? r.body.length : r.body?.byteLength;
          throw new Error(`${r.method} ${r.path.slice(0, 200)} (body ${size ?? 0}): no answer; before: ${previous}`, {
            cause: error,
          });
        });
        previous = `${r.method} ${r.path.slice(0, 100)} ${r.contentType} body ${typeof r.body === "string" ? r.body.slice(0, 80) : r.body?.byteLength} → ${response.status}`;
        const text = await response.text();
        sent++;
        if (response.status >= 500) fiveXx++;
        const what = `${r.method} ${r.path.slice(0, 200)} → ${response.status} ${text.slice(0, 200)}`;
        expect(response.status, what).toBeLessThan(500);
        const type = response.headers.get("content-type") ?? "";
        if (isApiPath(new URL(r.path, server.baseUrl).pathname)) expect(type, what).not.toMatch(/html/);
        if (response.status >= 400) {
          expect(errorBodySchema.safeParse(JSON.parse(text)).success, what).toBe(true);
        }
      }),
      { numRuns: RUNS, seed, endOnFailure: true },
    );
    console.log(`fuzz: ${sent} requests, ${fiveXx} answered 5xx`);
    expect(sent).toBeGreaterThanOrEqual(RUNS);
    expect(server.db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(snapshot(untouchable)).toEqual(before);
  }, 180_000);
});
