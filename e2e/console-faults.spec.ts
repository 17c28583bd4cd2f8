import type { Page } from "@playwright/test";
import { E2E_BASE_URL } from "../playwright.config.ts";
import { connect, expect, test } from "./fixtures.ts";
import { type FaultProxy, startFaultProxy } from "./support/fault-proxy.ts";

// The console meets a server that stops, slows down, fails or answers garbage for a while — through a
// real proxy in front of the real server. It must say what happened where it happened, offer retry,
// keep the shell and what was typed, and work again once the server is back, without a reload.

const PROXY_PORT = Number(process.env.E2E_PORT ?? 8797) + 101;
const networkNoise = /ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|ERR_FAILED|status of 500/;

let proxy: FaultProxy;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  proxy = await startFaultProxy(E2E_BASE_URL, PROXY_PORT);
});
test.afterAll(async () => {
  await proxy.close();
});
test.afterEach(async () => {
  await proxy.setMode("pass");
});

async function openProject(page: Page, token: string, projectId: string): Promise<void> {
  await page.goto(`${proxy.url}/connect`);
  await connect(page, token, { remember: true });
  await page.goto(`${proxy.url}/project/${projectId}/rooms`);
  await expect(page.getByRole("heading", { name: "Rooms", level: 1 })).toBeVisible();
  // The fault starts once the page has what it asked for: the caller's role (New room is enabled) and
  // the rooms list. The client loads the contract with its first call, so this takes a moment.
  await expect(page.getByRole("button", { name: "New room" })).toBeEnabled();
  await expect(page.getByRole("status").filter({ hasText: /Loading/ })).toHaveCount(0);
}

const sidebarLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Project" }).getByRole("link", { name, exact: true });

test("a page not yet opened while the server is down says so, keeps the shell, and opens once it is back", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(networkNoise, /Failed to fetch dynamically imported module/);
  const project = await user.api.createProject("Outage");
  await openProject(page, user.token, project.id);

  await proxy.setMode("down");
  await sidebarLink(page, "Members").click();
  const problem = page.getByRole("alert").filter({ hasText: "Could not load this page" });
  await expect(problem).toContainText("server");
  await expect(sidebarLink(page, "Rooms")).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();

  await proxy.setMode("pass");
  await problem.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "Members" })).toContainText(user.email);
});

test("the New room form, not yet loaded while the server is down, offers retry and keeps what is typed once open", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(networkNoise, /Failed to fetch dynamically imported module/);
  const project = await user.api.createProject("Outage rooms");
  await openProject(page, user.token, project.id);

  await proxy.setMode("down");
  await page.getByRole("button", { name: "New room" }).click();
  const problem = page.getByRole("alert").filter({ hasText: "Could not load the New room form" });
  await expect(problem).toBeVisible();

  await proxy.setMode("pass");
  await problem.getByRole("button", { name: "Retry" }).click();
  const dialog = page.getByRole("dialog", { name: "New room" });
  await dialog.getByLabel("Room name").fill("kept-name");

  await proxy.setMode("down");
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(dialog.getByText(/Could not reach/)).toBeVisible();
  await expect(dialog.getByLabel("Room name")).toHaveValue("kept-name");

  await proxy.setMode("pass");
  proxy.takeWrites();
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(page.getByRole("heading", { name: "kept-name", level: 1 })).toBeVisible();
  expect(proxy.takeWrites().filter((write) => write.startsWith("POST"))).toHaveLength(1);
  expect((await user.api.listRooms(project.id)).rooms.map((room) => room.name)).toEqual(["kept-name"]);
});

test("a slow server shows progress, then the page, with no endless spinner", async ({ page, user }) => {
  const project = await user.api.createProject("Slow");
  await openProject(page, user.token, project.id);

  await proxy.setMode("slow");
  await sidebarLink(page, "Members").click();
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole("table", { name: "Members" })).toContainText(user.email, { timeout: 10_000 });
  await expect(page.getByRole("status").filter({ hasText: /Loading/ })).toHaveCount(0);
});

for (const mode of ["error", "malformed"] as const) {
  test(`a server answering ${mode === "error" ? "500" : "malformed JSON"} for a while shows the problem with Retry, then recovers`, async ({
    page,
    user,
    allowConsoleErrors,
  }) => {
    test.setTimeout(45_000);
    allowConsoleErrors(networkNoise);
    const project = await user.api.createProject(`Faulty ${mode}`);
    await user.api.createRoom(project.id, { name: "still-here" });
    await openProject(page, user.token, project.id);

    await proxy.setMode(mode);
    await page.getByRole("link", { name: "still-here" }).click();
    const problem = page.getByRole("alert").filter({ hasText: mode === "error" ? "Injected failure" : "unexpected" });
    await expect(problem).toBeVisible({ timeout: 20_000 });
    await expect(sidebarLink(page, "Members")).toBeVisible();

    await proxy.setMode("pass");
    await problem.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("heading", { name: "still-here", level: 1 })).toBeVisible();
  });
}
