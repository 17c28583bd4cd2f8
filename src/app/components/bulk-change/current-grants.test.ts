import { describe, expect, it } from "vitest";
import { Meshagent } from "#api/client.ts";
import { toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import type { AccessCell } from "./bulk-types.ts";
import { currentGrants, MAX_AGE_MS } from "./current-grants.ts";

const scope = presets.userDefault();
const cell = (roomId: string, userId: string): AccessCell => ({
  roomId,
  roomName: `name-${roomId}`,
  userId,
  userEmail: `${userId}@x.test`,
  scope: null,
});

/** A server whose room `r` holds grants for users u0…u(n-1), answering by-room pages and single grants. */
function fakeServer(grantsPerRoom: Record<string, number>, { roomOf = (id: string) => id, failures = 0 } = {}) {
  const requests: string[] = [];
  let failing = failures;
  const grant = (room: string, user: string) => ({
    room: { id: roomOf(room), name: `name-${room}`, metadata: {} },
    user_id: user,
    permissions: toCompact(scope),
  });
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    init?.signal?.throwIfAborted();
    const url = new URL(String(input));
    requests.push(url.pathname.replace("/accounts/projects/p/room-grants/", "") + url.search);
    if (failing-- > 0) throw new TypeError("connection reset");
    const byRoom = /by-room\/([^/]+)$/.exec(url.pathname);
    if (byRoom?.[1]) {
      const n = grantsPerRoom[byRoom[1]];
      if (n === undefined) return json({ error: { message: "room not found" } }, 404);
      const limit = Number(url.searchParams.get("limit"));
      const offset = Number(url.searchParams.get("offset"));
      const users = Array.from({ length: n }, (_, i) => `u${i}`).slice(offset, offset + limit);
      return json({ room_grants: users.map((u) => grant(byRoom[1] ?? "", u)), total: n });
    }
    const [, room = "", user = ""] = /([^/]+)\/([^/]+)$/.exec(url.pathname) ?? [];
    const held = Number(user.slice(1)) < (grantsPerRoom[room] ?? 0);
    return held ? json(grant(room, user)) : json({ error: { message: "no grant" } }, 404);
  };
  return { api: new Meshagent({ baseUrl: "http://api.test", token: "t", fetch }), requests };
}

const signal = new AbortController().signal;

describe("currentGrants", () => {
  it("reads a room once for all its cells, and a cell without a grant is null", async () => {
    const { api, requests } = fakeServer({ r1: 3, r2: 1 });
    const current = currentGrants(api, "p", signal, () => 0);
    const read = await Promise.all(
      [cell("r1", "u0"), cell("r1", "u2"), cell("r1", "u7"), cell("r2", "u0")].map(current),
    );
    expect(read).toEqual([scope, scope, null, scope]);
    expect(requests).toEqual(["by-room/r1?limit=1000&offset=0", "by-room/r2?limit=1000&offset=0"]);
  });

  it("pages through a room of more than 1,000 grants", async () => {
    const { api, requests } = fakeServer({ big: 1_001 });
    const current = currentGrants(api, "p", signal, () => 0);
    expect(await current(cell("big", "u1000"))).toEqual(scope);
    expect(requests).toEqual(["by-room/big?limit=1000&offset=0", "by-room/big?limit=1000&offset=1000"]);
  });

  it("reads the room again once its last read is older than MAX_AGE_MS", async () => {
    const { api, requests } = fakeServer({ r1: 2 });
    let now = 0;
    const current = currentGrants(api, "p", signal, () => now);
    await current(cell("r1", "u0"));
    now = MAX_AGE_MS;
    await current(cell("r1", "u1"));
    now = MAX_AGE_MS * 2 + 1;
    await current(cell("r1", "u1"));
    expect(requests.filter((r) => r.startsWith("by-room/r1"))).toHaveLength(2);
  });

  it("reads each cell on its own when the room is not found (renamed or deleted meanwhile)", async () => {
    const { api, requests } = fakeServer({});
    const current = currentGrants(api, "p", signal, () => 0);
    expect(await current(cell("gone", "u0"))).toBeNull();
    expect(requests).toEqual(["by-room/gone?limit=1000&offset=0", "gone/u0"]);
  });

  it("reads each cell on its own when the list answers another room (one named like this room's id)", async () => {
    const { api, requests } = fakeServer({ r1: 2 }, { roomOf: () => "other" });
    const current = currentGrants(api, "p", signal, () => 0);
    expect(await current(cell("r1", "u1"))).toEqual(scope);
    expect(requests).toEqual(["by-room/r1?limit=1000&offset=0", "r1/u1"]);
  });

  it("a failed read fails the cells waiting for it, and the room's next cell reads it again", async () => {
    const { api, requests } = fakeServer({ r1: 1 }, { failures: 1 });
    const current = currentGrants(api, "p", signal, () => 0);
    const first = await Promise.allSettled([current(cell("r1", "u0")), current(cell("r1", "u1"))]);
    expect(first.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await current(cell("r1", "u0"))).toEqual(scope);
    expect(requests).toEqual(["by-room/r1?limit=1000&offset=0", "by-room/r1?limit=1000&offset=0"]);
  });
});
