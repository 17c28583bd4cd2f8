import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, send } from "../testing/http.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

// The local-only storage listing and delete, and the configurable upload limit.

const LIMIT = 1024;
let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
beforeAll(async () => {
  server = await startTestServer({ uploadLimit: LIMIT });
  seed = await seedProject(server);
});
afterAll(() => server.close());

const pid = () => seed.project.id;
const put = (path: string, size = 3) => server.admin.upload(pid(), path, new Uint8Array(size));
const list = (path?: string, token?: string | null) =>
  send(
    server,
    "GET",
    `/local/projects/${pid()}/storage${path === undefined ? "" : `?path=${encodeURIComponent(path)}`}`,
    {
      token,
    },
  );

describe("storage listing (local-only)", () => {
  it("lists a folder: folders first, then files, with size and modified time", async () => {
    await put("list/b.txt", 5);
    await put("list/a.txt", 2);
    await put("list/sub/deep.txt");
    const listing = await server.admin.listStorage(pid(), "list");
    expect(listing.path).toBe("list");
    expect(listing.entries.map((e) => [e.name, e.path, e.type, e.size])).toEqual([
      ["sub", "list/sub", "folder", 0],
      ["a.txt", "list/a.txt", "file", 2],
      ["b.txt", "list/b.txt", "file", 5],
    ]);
    expect(listing.total).toBe(3);
    expect(Date.parse(listing.entries[1]?.modified ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("lists the root without a path, and a new project's empty root", async () => {
    expect((await server.admin.listStorage(pid())).entries.map((e) => e.name)).toContain("list");
    const fresh = await server.admin.createProject("Empty storage");
    expect(await server.admin.listStorage(fresh.id)).toEqual({ path: "", entries: [], total: 0 });
  });

  it("a missing folder is 404, a file is 409, a bad path is 400 on path", async () => {
    expectError(await list("nothing"), 404);
    expectError(await list("list/a.txt"), 409, "path");
    for (const bad of ["../x", "a//b", "list/"]) expectError(await list(bad), 400, "path");
  });

  it("developers may list; members may not (403); outsiders get 404", async () => {
    expect((await list("list", seed.developer.token)).status).toBe(200);
    expectError(await list("list", seed.member.token), 403);
    expectError(await list("list", seed.outsider.token), 404);
    expectError(await list("list", null), 401);
  });
});

describe("storage delete (local-only)", () => {
  it("deletes a file, and the folders it leaves empty, but not the project's root", async () => {
    await put("gone/deeper/x.bin");
    await put("gone/keep.bin");
    await server.admin.deleteStorageFile(pid(), "gone/deeper/x.bin");
    expect((await server.admin.listStorage(pid(), "gone")).entries.map((e) => e.name)).toEqual(["keep.bin"]);
    await server.admin.deleteStorageFile(pid(), "gone/keep.bin");
    expectError(await list("gone"), 404);
    expect((await list("")).status).toBe(200);
  });

  it("a missing file is 404, a folder is 409", async () => {
    await put("folder/x.bin");
    const del = (path: string) =>
      send(server, "DELETE", `/local/projects/${pid()}/storage?path=${encodeURIComponent(path)}`);
    expectError(await del("folder/none.bin"), 404);
    expectError(await del("folder"), 409, "path");
    expectError(await del(".."), 400, "path");
  });
});

describe("the upload limit", () => {
  const upload = (body: RequestInit["body"]) =>
    send(server, "POST", `/projects/${pid()}/storage/upload?path=limit.bin`, { raw: body });

  it("takes an upload of exactly the limit and refuses one byte more with 413", async () => {
    expect((await upload(new Uint8Array(LIMIT))).status).toBe(204);
    const refused = expectError(await upload(new Uint8Array(LIMIT + 1)), 413);
    expect(refused?.message).toBe(`Uploads are limited to ${LIMIT} bytes`);
    expect((await server.admin.download(pid(), "limit.bin")).length).toBe(LIMIT);
  });

  it("refuses a streamed body without a length once it passes the limit", async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(LIMIT / 2));
        controller.close();
      },
    });
    const response = await fetch(`${server.baseUrl}/projects/${pid()}/storage/upload?path=streamed.bin`, {
      method: "POST",
      headers: { Authorization: `Bearer ${server.adminToken}` },
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expectError(await list("streamed.bin"), 404);
  });

  it("says the limit and that it can list in /local/info", async () => {
    const info = await server.admin.getServerInfo();
    expect(info).toMatchObject({ storageListing: true, uploadLimit: LIMIT });
  });
});
