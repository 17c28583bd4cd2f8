import { E2E_PORT } from "../playwright.config.ts";
import { connect, expect, test } from "./fixtures.ts";
import { startUpstreamServer } from "./support/upstream-server.ts";

// Through --upstream the storage page cannot list folders (listing is the local server's extension): the folder
// to upload into is typed, and kept in the URL.

let upstream: { url: string; stop: () => void } | undefined;

test.beforeAll(async () => {
  upstream = await startUpstreamServer(E2E_PORT + 102);
});

test.afterAll(() => {
  upstream?.stop();
});

test("through --upstream the folder to upload into keeps every key typed fast, and the URL keeps it", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("Upstream storage");
  const base = upstream?.url ?? "";
  await page.goto(`${base}/connect`);
  await connect(page, user.token, { remember: true });
  await page.goto(`${base}/project/${project.id}/storage`);
  const folder = page.getByLabel("Upload into folder");
  const text = "reports/2026/december-final-0123456789";
  await folder.pressSequentially(text);
  await expect(folder).toHaveValue(text);
  await expect.poll(() => new URL(page.url()).searchParams.get("dir")).toBe(text);
  await page.reload();
  await expect(folder).toHaveValue(text);
});
