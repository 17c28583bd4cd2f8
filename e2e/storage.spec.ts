import { readFile } from "node:fs/promises";
import { E2E_UPLOAD_LIMIT } from "../playwright.config.ts";
import { connect, expect, failedRequest, test } from "./fixtures.ts";

const bytes = (size: number, seed: number) =>
  Buffer.from(Uint8Array.from({ length: size }, (_, i) => (i * seed) % 251));

test("uploads two files where one is over the limit, downloads one byte for byte, deletes with confirmation", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  // The 413 of the big file, and the 404 of a folder that is not there yet.
  allowConsoleErrors(failedRequest(413), failedRequest(404));
  const project = await user.api.createProject("Files");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/storage?dir=docs`);
  await expect(page.getByText("There is no folder docs (yet).")).toBeVisible();
  await expect(page.getByText("This server takes files of up to 8.0 MB.")).toBeVisible();

  const small = bytes(300_000, 7);
  await page.getByLabel("Choose files").setInputFiles([
    { name: "small.bin", mimeType: "application/octet-stream", buffer: small },
    { name: "big.bin", mimeType: "application/octet-stream", buffer: bytes(E2E_UPLOAD_LIMIT + 1, 3) },
  ]);
  const big = page.getByRole("listitem", { name: "Upload docs/big.bin" });
  await expect(big).toContainText("Failed");
  await expect(big.getByRole("alert")).toHaveText(`Uploads are limited to ${E2E_UPLOAD_LIMIT} bytes`);
  await expect(big.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Upload docs/small.bin" })).toContainText("Uploaded");

  const files = page.getByRole("region", { name: "Stored files" });
  const row = files.getByRole("row", { name: /small\.bin/ });
  await expect(row).toContainText("293 KB");
  await expect(files.getByRole("row", { name: /big\.bin/ })).toHaveCount(0);

  const saved = page.waitForEvent("download");
  await row.getByRole("button", { name: "Download small.bin" }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe("small.bin");
  expect((await readFile(await download.path())).equals(small)).toBe(true);

  // Uploading the same name again asks first.
  await page.getByLabel("Choose files").setInputFiles([{ name: "small.bin", mimeType: "text/plain", buffer: small }]);
  await expect(page.getByRole("dialog")).toContainText("docs/small.bin");
  await page.getByRole("button", { name: "Cancel" }).click();

  await row.getByRole("button", { name: "Delete small.bin" }).click();
  await expect(page.getByRole("dialog")).toContainText("docs/small.bin");
  await page.getByRole("button", { name: "Delete file" }).click();
  await expect(page.getByText("There is no folder docs (yet).")).toBeVisible();
  await expect(user.api.listStorage(project.id)).resolves.toMatchObject({ entries: [] });
});

test("a path is checked while typing, and an upload cancelled half way is not stored", async ({ page, user }) => {
  const project = await user.api.createProject("Cancel");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/storage`);
  const path = page.getByLabel("Download by path");
  await path.fill("a//b.txt");
  await expect(page.getByText("Must not have empty segments")).toBeVisible();
  await path.fill("../b.txt");
  await expect(page.getByText("Must not contain ..")).toBeVisible();
  await expect(page.getByRole("button", { name: "Download", exact: true })).toBeDisabled();

  // A slow link (1 MB/s up), so the upload is still running when Cancel is pressed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 1024 * 1024,
  });
  await page
    .getByLabel("Choose files")
    .setInputFiles([{ name: "slow.bin", mimeType: "application/octet-stream", buffer: bytes(6 * 1024 * 1024, 5) }]);
  const item = page.getByRole("listitem", { name: "Upload slow.bin" });
  const bar = item.getByRole("progressbar");
  await expect.poll(async () => Number(await bar.getAttribute("value")), { timeout: 10_000 }).toBeGreaterThan(0);
  await item.getByRole("button", { name: "Cancel" }).click();
  await expect(item).toContainText("Cancelled");
  await expect(item.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Stored files" })).toContainText("This folder is empty");
  await expect(user.api.listStorage(project.id)).resolves.toMatchObject({ entries: [] });
});
