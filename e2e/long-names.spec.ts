import type { Locator } from "@playwright/test";
import { connect, expect, test } from "./fixtures.ts";

const longName = `Project_${"x".repeat(180)}_end`;

/** The scrolling box around a table: it must not need to scroll sideways. */
async function expectNoSidewaysScroll(table: Locator) {
  const box = await table.locator("xpath=..").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
}

test.use({ viewport: { width: 1366, height: 860 } });

test("a long project name without spaces is cut with an ellipsis, whole on hover and focus, with no sideways scroll", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject(longName);
  await user.api.createRoom(project.id, { name: `room-${"y".repeat(58)}` });
  await connect(page, user.token);
  const projects = page.getByRole("table", { name: "Projects" });
  const link = projects.getByRole("link", { name: longName });
  await expect(link).toBeVisible();
  await expectNoSidewaysScroll(projects);
  // Cut, not wrapped: one line, narrower than its text.
  const cut = await link.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    height: el.clientHeight,
  }));
  expect(cut.scroll).toBeGreaterThan(cut.client);
  expect(cut.height).toBeLessThan(30);

  await link.focus();
  await expect(page.getByRole("tooltip")).toHaveText(longName);
  await link.blur();
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await link.hover();
  await expect(page.getByRole("tooltip")).toHaveText(longName);

  // The rooms table cuts names the same way.
  await link.click();
  const rooms = page.getByRole("table", { name: "Rooms" });
  const roomLink = rooms.getByRole("link", { name: /^room-y+$/ });
  await expect(roomLink).toBeVisible();
  await expectNoSidewaysScroll(rooms);
  await roomLink.focus();
  await expect(page.getByRole("tooltip")).toHaveText(`room-${"y".repeat(58)}`);
});
