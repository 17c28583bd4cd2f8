import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync } from "node:fs";
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
});
afterAll(async () => {
  await server.close();
  rmSync(outside, { recursive: true, force: true });
});

const root = () => join(server.storageRoot, seed.project.id);
const upload = (path: string, body = "x") =>
  send(server, "POST", `/projects/${seed.project.id}/storage/upload?path=${encodeURIComponent(path)}`, { raw: body });
const download = (path: string) =>
  send(server, "GET", `/projects/${seed.project.id}/storage/download?path=${encodeURIComponent(path)}`);

/** Every file and folder under `dir`, recursively. */
const everything = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" });

describe("storage follows no symlink", () => {
  it("a symlink anywhere in the path is refused, even one that points inside the project", async () => {
    expect((await upload("inner/real.txt", "real")).status).toBe(204);
    symlinkSync(join(root(), "inner"), join(root(), "alias"));
    expectError(await upload("alias/new.txt"), 400, "path");
    expectError(await download("alias/real.txt"), 400, "path");
  });

  it("a folder swapped for a symlink while uploads run: every answer is 2xx or 4xx, nothing lands outside", async () => {
    expect((await upload("race/sub/seed.txt")).status).toBe(204);
    const folder = join(root(), "race", "sub");
    const parked = join(root(), "race", "parked");
    let swapping = true;
    const swapper = (async () => {
      // Swap the folder for a symlink to `outside` and back, as fast as the event loop lets us.
      while (swapping) {
        try {
          renameSync(folder, parked);
          symlinkSync(outside, folder);
          await new Promise((resolve) => setImmediate(resolve));
          rmSync(folder);
          renameSync(parked, folder);
        } catch {
          mkdirSync(folder, { recursive: true });
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const statuses = await Promise.all(
      Array.from({ length: 150 }, (_, i) => upload(`race/sub/deeper/file-${i}.txt`).then((r) => r.status)),
    );
    swapping = false;
    await swapper;
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 204 || (s >= 400 && s < 500))).toBe(true);
    expect(everything(outside)).toEqual([]);
  });
});
