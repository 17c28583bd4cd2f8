import { describe, expect, it } from "vitest";
import { Meshagent } from "#api/client.ts";
import { toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { loadAccessIndex } from "./load-access-index.ts";

// A project of `rooms` × `users` where user u holds a grant in room r when (r + u) % 3 === 0,
// served page by page as the API answers it (`limit`/`offset`, `total`).
function fakeProject(rooms: number, users: number) {
  const grants: { room: { id: string; name: string }; user_id: string; permissions: unknown }[] = [];
  const scopes = [
    toCompact(presets.userDefault()),
    toCompact(presets.full()),
    { storage: { paths: [{ path: "/a" }] } },
  ];
  for (let r = 0; r < rooms; r++) {
    for (let u = 0; u < users; u++) {
      if ((r + u) % 3 !== 0) continue;
      grants.push({
        room: { id: `r${r}`, name: `room-${r}` },
        user_id: `u${u}`,
        permissions: scopes[grants.length % 3],
      });
    }
  }
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    init?.signal?.throwIfAborted();
    const url = new URL(String(input));
    requests.push(url.pathname + url.search);
    const limit = Number(url.searchParams.get("limit"));
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const slice = <T>(list: T[]) => list.slice(offset, offset + limit);
    const count = (key: (g: (typeof grants)[number]) => string) => {
      const groups = new Map<string, typeof grants>();
      for (const g of grants) groups.set(key(g), [...(groups.get(key(g)) ?? []), g]);
      return [...groups.entries()].map(([k, list]) => ({ k, list }));
    };
    let body: unknown;
    if (url.pathname.endsWith("/room-grants/by-room")) {
      const all = count((g) => g.room.id).map(({ list }) => ({ room: list[0]?.room, count: list.length }));
      body = { rooms: slice(all), total: all.length };
    } else if (url.pathname.endsWith("/room-grants/by-user")) {
      const all = count((g) => g.user_id).map(({ k, list }) => ({
        user_id: k,
        email: `${k}@x.test`,
        count: list.length,
      }));
      body = { users: slice(all), total: all.length };
    } else {
      body = { room_grants: slice(grants), total: grants.length };
    }
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  };
  return { api: new Meshagent({ baseUrl: "http://api.test", token: "t", fetch }), grants, requests };
}

describe("loadAccessIndex", () => {
  it("indexes every grant of every page, each distinct scope once, with the counts of by-room and by-user", async () => {
    const { api, grants, requests } = fakeProject(60, 100); // 2,000 grants: 2 pages of 1,000
    const progress: number[] = [];
    const index = await loadAccessIndex(api, "p", { onProgress: (p) => progress.push(p.loaded) });
    expect(index.size).toBe(grants.length);
    expect(index.scopes).toHaveLength(3);
    expect(index.get("r0", "u0")?.level).toBe("standard");
    expect(index.get("r0", "u1")).toBeUndefined();
    expect(index.roomCells("r1").size).toBe(index.rooms.get("r1")?.grantCount);
    expect(index.users.get("u2")?.email).toBe("u2@x.test");
    expect(index.userCells("u2").size).toBe(index.users.get("u2")?.grantCount);
    expect(progress.at(-1)).toBe(grants.length);
    expect(requests.filter((r) => /room-grants\?/.test(r))).toHaveLength(2);
  });

  it("keeps the counts when a cell is set or cleared here", async () => {
    const { api } = fakeProject(3, 3);
    const index = await loadAccessIndex(api, "p");
    const before = index.rooms.get("r0")?.grantCount ?? 0;
    index.setCell({ id: "r0", name: "room-0" }, { id: "u1", email: "u1@x.test" }, presets.none());
    expect(index.get("r0", "u1")?.level).toBe("none");
    expect(index.rooms.get("r0")?.grantCount).toBe(before + 1);
    index.setCell({ id: "r0", name: "room-0" }, { id: "u1", email: "u1@x.test" }, null);
    expect(index.get("r0", "u1")).toBeUndefined();
    expect(index.rooms.get("r0")?.grantCount).toBe(before);
  });

  it("stops when its signal is aborted", async () => {
    const { api } = fakeProject(60, 100);
    const controller = new AbortController();
    controller.abort();
    await expect(loadAccessIndex(api, "p", { signal: controller.signal })).rejects.toThrow();
  });
});
