import { E2E_BASE_URL, E2E_PORT } from "../playwright.config.ts";
import { connect, expect, failedRequest, test } from "./fixtures.ts";
import { type FaultProxy, startFaultProxy } from "./support/fault-proxy.ts";

// The lists the API answers whole fail like every other table: the error in the table, with Retry,
// through a real proxy in front of the real server (console-faults.spec.ts uses E2E_PORT + 101).

let proxy: FaultProxy;
test.beforeAll(async () => {
  proxy = await startFaultProxy(E2E_BASE_URL, E2E_PORT + 102);
});
test.afterAll(async () => {
  await proxy.close();
});

test("a folder and the API keys that fail to load say so in their table, and load on Retry", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(500));
  const project = await user.api.createProject("Flaky lists");
  await user.api.upload(project.id, "docs/kept.txt", new TextEncoder().encode("kept"));
  await user.api.createApiKey(project.id, "alpha", "");
  await page.goto(`${proxy.url}/connect`);
  await connect(page, user.token, { remember: true });
  await page.goto(`${proxy.url}/project/${project.id}/storage`);
  await page.getByRole("button", { name: "docs/" }).waitFor();

  await proxy.setMode("error");
  await page.getByRole("button", { name: "docs/" }).click();
  const folder = page.getByRole("table", { name: "Files in docs" });
  const failed = folder.getByRole("alert");
  await expect(failed).toContainText("Could not load this list.", { timeout: 15_000 });
  await proxy.setMode("pass");
  await failed.getByRole("button", { name: "Retry" }).click();
  await expect(folder.getByRole("row", { name: /kept\.txt/ })).toBeVisible();

  await proxy.setMode("error");
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "API keys", exact: true }).click();
  const keys = page.getByRole("table", { name: "API keys" });
  await expect(keys.getByRole("alert")).toContainText("Could not load this list.", { timeout: 15_000 });
  await proxy.setMode("pass");
  await keys.getByRole("button", { name: "Retry" }).click();
  await expect(keys.getByRole("row", { name: /alpha/ }).getByRole("button", { name: "Delete alpha" })).toBeVisible();
  await expect(keys.getByRole("alert")).toHaveCount(0);
});
