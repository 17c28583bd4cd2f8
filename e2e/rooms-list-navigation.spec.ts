import type { Page } from "@playwright/test";
import { connect, expect, seedRooms, test } from "./fixtures.ts";

const rooms = (page: Page) => page.getByRole("table", { name: "Rooms" });
const firstRoom = (page: Page) => rooms(page).getByRole("row").nth(1).getByRole("cell").first();
const summary = (page: Page) => page.getByTestId("row-summary");

test("Back walks every state the user saw: pages, sort, and each settled filter", async ({ page, user }) => {
  const project = await user.api.createProject("History");
  await seedRooms(user.api, project.id, 64);
  await Promise.all(["bulk-a", "bulk-b", "bulky"].map((name) => user.api.createRoom(project.id, { name })));
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await expect(summary(page)).toHaveText("1–25 of 67 rooms");

  await page.getByRole("button", { name: "Next" }).click();
  await expect(summary(page)).toHaveText("26–50 of 67 rooms");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(summary(page)).toHaveText("51–67 of 67 rooms");
  await rooms(page).getByRole("button", { name: /^Name/ }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(firstRoom(page)).toHaveText("room-064");
  const filter = page.getByLabel("Filter rooms by name");
  await filter.fill("bulk");
  await expect(summary(page)).toHaveText("1–3 of 3 rooms");
  await filter.fill("bulk-");
  await expect(summary(page)).toHaveText("1–2 of 2 rooms");

  await page.goBack();
  await expect(summary(page)).toHaveText("1–3 of 3 rooms");
  await expect(filter).toHaveValue("bulk");
  await page.goBack();
  await expect(filter).toHaveValue("");
  await expect(page).toHaveURL(/sort=-name/);
  await expect(firstRoom(page)).toHaveText("room-064");
  await page.goBack();
  await expect(summary(page)).toHaveText("51–67 of 67 rooms");
  await expect(page).not.toHaveURL(/sort=/);
  await page.goBack();
  await expect(summary(page)).toHaveText("26–50 of 67 rooms");
  // Back never re-applies a filter it walked away from.
  await expect(filter).toHaveValue("");
  await expect(page).not.toHaveURL(/q=/);
});

test("a page past the end shows the last page, not an empty project", async ({ page, user }) => {
  const project = await user.api.createProject("Past the end");
  await seedRooms(user.api, project.id, 64);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms?page=99`);
  await expect(summary(page)).toHaveText("51–64 of 64 rooms");
  await expect(page).toHaveURL(/[?&]page=3(&|$)/);
  await expect(firstRoom(page)).toHaveText("room-051");
  await expect(page.getByText("No rooms yet")).toHaveCount(0);
});

test("rooms sort by creation time as the API can; members say the API cannot sort them", async ({ page, user }) => {
  const project = await user.api.createProject("Orders");
  await user.api.createRoom(project.id, { name: "alpha" });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await user.api.createRoom(project.id, { name: "zeta" });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await expect(firstRoom(page)).toHaveText("alpha");
  await page.getByLabel("Order").selectOption("Newest first");
  await expect(page).toHaveURL(/sort=-created_at/);
  await expect(firstRoom(page)).toHaveText("zeta");
  await page.getByLabel("Order").selectOption("Oldest first");
  await expect(firstRoom(page)).toHaveText("alpha");
  await page.reload();
  await expect(page.getByLabel("Order")).toHaveValue("created_at");

  await page.goto(`/project/${project.id}/members`);
  const members = page.getByRole("table", { name: "Members" });
  await expect(members).toHaveAccessibleDescription(/The API cannot sort members/);
  await expect(members.getByRole("columnheader").getByRole("button")).toHaveCount(0);
});
