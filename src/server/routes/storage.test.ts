import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, send } from "../testing/http.ts";
import { seedProject } from "../testing/seed.ts";
import { startTestServer, type TestServer } from "../testing/test-server.ts";

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedProject>>;
let outside: string;
beforeAll(async () => {
  server = await startTestServer();
  seed = await seedProject(server);
  outside = mkdtempSync(join(tmpdir(), "meshagent-admin-outside-"));
  writeFileSync(join(outside, "secret.txt"), "top secret");
});
afterAll(async () => {
  await server.close();
  rmSync(outside, { recursive: true, force: true });
});

const pid = () => seed.project.id;
const upload = (path: string, body: RequestInit["body"] = "x", token?: string | null) =>
  send(server, "POST", `/projects/${pid()}/storage/upload?path=${encodeURIComponent(path)}`, { raw: body, token });
const download = (path: string, token?: string | null) =>
  send(server, "GET", `/projects/${pid()}/storage/download?path=${encodeURIComponent(path)}`, { token });

describe("project storage", () => {
  it("uploaded bytes download unchanged, in nested folders and under unicode names", async () => {
    const bytes = new Uint8Array([0, 255, 1, 254, 0x80, 10, 13]);
    for (const path of ["blob.bin", "deep/er/blob.bin", "ünï cødé/📄 <b>.bin"]) {
      await server.admin.upload(pid(), path, bytes);
      expect(await server.admin.download(pid(), path)).toEqual(bytes);
    }
  });

  it("an upload replaces the file that was there", async () => {
    await server.admin.upload(pid(), "notes.txt", new TextEncoder().encode("first"));
    await server.admin.upload(pid(), "notes.txt", new TextEncoder().encode("second"));
    expect(new TextDecoder().decode(await server.admin.download(pid(), "notes.txt"))).toBe("second");
  });

  it("an empty upload stores an empty file", async () => {
    expect((await upload("empty.txt", "")).status).toBe(204);
    expect(await server.admin.download(pid(), "empty.txt")).toEqual(new Uint8Array());
  });

  it("a missing file, or a folder, downloads as 404", async () => {
    expectError(await download("nothing-here.txt"), 404);
    expectError(await download("deep"), 404);
  });

  it("developers may use storage; members may not (403); outsiders get 404", async () => {
    expect((await upload("dev.txt", "dev", seed.developer.token)).status).toBe(204);
    expect((await download("dev.txt", seed.developer.token)).text).toBe("dev");
    expectError(await upload("m.txt", "m", seed.member.token), 403);
    expectError(await download("dev.txt", seed.member.token), 403);
    expectError(await download("dev.txt", seed.outsider.token), 404);
    expectError(await download("dev.txt", null), 401);
  });

  it("paths that leave the project are refused with a 400 on path", async () => {
    const nasty = ["../x", "a/../../x", "..", "/etc/passwd", "C:\\Windows\\x", "", ".", "./", "nul\0byte"];
    for (const path of nasty) {
      expectError(await upload(path), 400, "path");
      expectError(await download(path), 400, "path");
    }
    expectError(await send(server, "GET", `/projects/${pid()}/storage/download`), 400, "path");
  });

  it("a symlink inside the project that points outside is refused", async () => {
    const root = join(server.storageRoot, pid());
    mkdirSync(root, { recursive: true });
    symlinkSync(outside, join(root, "escape"));
    symlinkSync(join(outside, "secret.txt"), join(root, "secret-link.txt"));
    expectError(await download("escape/secret.txt"), 400, "path");
    expectError(await download("secret-link.txt"), 400, "path");
    expectError(await upload("escape/planted.txt"), 400, "path");
    expectError(await upload("secret-link.txt", "overwritten"), 400, "path");
    expect((await download("escape/planted.txt")).status).toBe(400);
  });

  it("a file in the way of a folder, or a folder in the way of a file, is a 409, not a 500", async () => {
    await server.admin.upload(pid(), "plain.txt", new Uint8Array([1]));
    await server.admin.upload(pid(), "folder/inside.txt", new Uint8Array([1]));
    expectError(await upload("plain.txt/child.txt"), 409, "path");
    expectError(await upload("folder"), 409, "path");
    expectError(await download("plain.txt/child.txt"), 404);
  });

  it("a name longer than the file system allows is a 400, not a 500", async () => {
    expectError(await upload("a".repeat(300)), 400, "path");
    expectError(await upload(`${"dir/".repeat(1100)}x`), 400, "path");
  });
});
