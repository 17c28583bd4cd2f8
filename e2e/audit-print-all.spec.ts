import type { Meshagent } from "#api/client.ts";
import { parseScope } from "#api/scope/forms.ts";
import { connect, expect, seedRooms, test } from "./fixtures.ts";

// A printed audit report holds every row: the Question box's answered pairs, not only the hundred on
// screen; the Overview's heatmap rows, not only the top ones or those in the virtual window.

/** A project of 130 rooms, room-001 … room-130, each granting `userId` the openai models. */
async function seedGrantedRooms(api: Meshagent, userId: string) {
  const project = await api.createProject("Printed");
  await seedRooms(api, project.id, 130);
  const rooms = (await api.listRooms(project.id, { offset: 0, limit: 200 })).rooms;
  const llm = parseScope({ llm: { models: ["openai/*"] } });
  for (let i = 0; i < rooms.length; i += 25)
    await Promise.all(
      rooms
        .slice(i, i + 25)
        .map((room) => api.createRoomGrant(project.id, { roomId: room.id, userId, permissions: llm })),
    );
  return project;
}

test("printing the question box prints every answered pair; the screen goes back to the first 100", async ({
  page,
  user,
}) => {
  const project = await seedGrantedRooms(user.api, user.id);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/audit?view=question&q=llm&target=openai%2Fgpt`);
  const rows = page.getByRole("table", { name: "Allowed pairs" }).locator("tbody tr");
  await expect(page.getByRole("status").filter({ hasText: "130 pairs are" })).toContainText("the first 100 shown");
  await expect(rows).toHaveCount(100);

  await page.emulateMedia({ media: "print" });
  await expect(rows).toHaveCount(130);
  await expect(rows.last()).toContainText("room-130");
  await expect(page.getByRole("status").filter({ hasText: "130 pairs are" })).not.toContainText("first 100");

  await page.emulateMedia({ media: "screen" });
  await expect(rows).toHaveCount(100);

  // window.print() and Ctrl+P announce themselves with beforeprint / afterprint.
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await expect(rows).toHaveCount(130);
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(rows).toHaveCount(100);
});

test("printing the overview prints every heatmap row, shown all or not; the screen keeps its top rows or its window", async ({
  page,
  user,
}) => {
  const project = await seedGrantedRooms(user.api, user.id);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/audit?view=overview`);
  const heatmap = page.getByRole("table", { name: "Privilege level by room" });
  const rows = heatmap.getByRole("rowheader");
  const showAll = page.getByRole("button", { name: "Show all 130 rooms" });
  await expect(rows).toHaveCount(15);

  await page.emulateMedia({ media: "print" });
  await expect(rows).toHaveCount(130);
  await expect(rows.last()).toHaveText("room-130");
  await expect(showAll).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(rows).toHaveCount(15);

  // Shown all, the screen renders only the rows in the scrolling window.
  await showAll.click();
  await expect(heatmap).toHaveAttribute("data-rows", "all");
  await expect(rows.first()).toHaveText("room-001");
  await expect.poll(() => rows.count()).toBeLessThan(60);
  await page.emulateMedia({ media: "print" });
  await expect(rows).toHaveCount(130);
  await expect(rows.last()).toHaveText("room-130");
  await page.emulateMedia({ media: "screen" });
  await expect.poll(() => rows.count()).toBeLessThan(60);
  await expect(page.getByRole("button", { name: "Show the 15 most privileged" })).toBeVisible();

  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await expect(rows).toHaveCount(130);
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect.poll(() => rows.count()).toBeLessThan(60);
});
