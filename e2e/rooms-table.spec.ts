import type { Page } from "@playwright/test";
import { Meshagent } from "#api/client.ts";
import { E2E_ADMIN_TOKEN, E2E_BASE_URL } from "../playwright.config.ts";
import { connect, createUser, expect, seedRooms, type TestUser, test } from "./fixtures.ts";

let owner: TestUser;
let projectId: string;

test.beforeAll(async () => {
  owner = await createUser(new Meshagent({ baseUrl: E2E_BASE_URL, token: E2E_ADMIN_TOKEN }), "rooms");
  projectId = (await owner.api.createProject("Busy project")).id;
  await seedRooms(owner.api, projectId, 250);
});

const rooms = (page: Page) => page.getByRole("table", { name: "Rooms" });
const firstRoom = (page: Page) => rooms(page).getByRole("row").nth(1).getByRole("cell").first();
const summary = (page: Page) => page.getByTestId("row-summary");

async function openRooms(page: Page, search = "") {
  // Remembered on the tab, so that page.goto (a full load) keeps the session.
  await connect(page, owner.token, { remember: true });
  await page.goto(`/project/${projectId}/rooms${search}`);
}

test("pages through 250 rooms, with the page and its size in the URL", async ({ page }) => {
  // The next page is asked for before anyone presses Next.
  const nextPage = page.waitForRequest((r) => /\/rooms\?.*offset=25(&|$)/.test(r.url()) && r.method() === "GET");
  await openRooms(page);
  await expect(summary(page)).toHaveText("1–25 of 250 rooms");
  await expect(firstRoom(page)).toHaveText("room-001");
  await nextPage;

  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(summary(page)).toHaveText("26–50 of 250 rooms");
  await expect(firstRoom(page)).toHaveText("room-026");

  await page.getByLabel("Rows per page").selectOption("100");
  await expect(page).toHaveURL(/[?&]size=100(&|$)/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(summary(page)).toHaveText("1–100 of 250 rooms");

  await page.getByRole("button", { name: "Last page" }).click();
  await expect(summary(page)).toHaveText("201–250 of 250 rooms");
  await expect(firstRoom(page)).toHaveText("room-201");
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
});

test("sorts by name from the header and from the URL", async ({ page }) => {
  await openRooms(page);
  const nameHeader = rooms(page).getByRole("columnheader", { name: /Name/ });
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await nameHeader.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=-name(&|$)/);
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  await expect(firstRoom(page)).toHaveText("room-250");

  await page.goto(`/project/${projectId}/rooms?sort=-name&page=3`);
  await expect(summary(page)).toHaveText("51–75 of 250 rooms");
  await expect(firstRoom(page)).toHaveText("room-200");
});

test("filters by name as you type, and says when nothing matches", async ({ page }) => {
  await openRooms(page);
  const filter = page.getByLabel("Filter rooms by name");
  await filter.fill("room-24");
  await expect(page).toHaveURL(/[?&]q=room-24(&|$)/);
  await expect(summary(page)).toHaveText("1–10 of 10 rooms");
  await expect(firstRoom(page)).toHaveText("room-240");

  await filter.fill("no-such-room");
  await expect(page.getByText("No rooms match “no-such-room”.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filter" }).click();
  await expect(filter).toHaveValue("");
  await expect(summary(page)).toHaveText("1–25 of 250 rooms");
});

test("reload and Back keep the table's state", async ({ page }) => {
  await openRooms(page, "?q=room-1&sort=-name&size=10&page=2");
  await expect(summary(page)).toHaveText("11–20 of 100 rooms");
  await expect(firstRoom(page)).toHaveText("room-189");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Rooms", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Filter rooms by name")).toHaveValue("room-1");
  await expect(summary(page)).toHaveText("11–20 of 100 rooms");
  await expect(firstRoom(page)).toHaveText("room-189");

  await page.getByRole("button", { name: "Next" }).click();
  await expect(summary(page)).toHaveText("21–30 of 100 rooms");
  await page.goBack();
  await expect(summary(page)).toHaveText("11–20 of 100 rooms");
  await expect(firstRoom(page)).toHaveText("room-189");
});
