import type { Locator, Page } from "@playwright/test";
import { connect, expect, tabTo, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

const longName = `Project_${"x".repeat(180)}_end`;

/** The scrolling box around a table: it must not need to scroll sideways. */
async function expectNoSidewaysScroll(table: Locator) {
  const box = await table.locator("xpath=..").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
}

/** Whether the page has fetched the tooltip's code (Radix and Floating UI), which it defers to first use. */
const tooltipCodeLoaded = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType("resource").some((r) => /\/radix-tooltip-[^/]*\.js$/.test(r.name)));

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

test("on a fresh page the first Tab onto a name shows the whole name, and the name keeps the focus", async ({
  page,
  user,
}) => {
  await user.api.createProject(longName);
  await connect(page, user.token);
  const link = page.getByRole("table", { name: "Projects" }).getByRole("link", { name: longName });
  await expect(link).toBeVisible();
  expect(await tooltipCodeLoaded(page)).toBe(false);

  await tabTo(page, link);
  await expect(page.getByRole("tooltip")).toHaveText(longName);
  await expect(link).toBeFocused();
  await expect(link).toHaveAccessibleDescription(longName);
  expect(await link.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
  expect(await tooltipCodeLoaded(page)).toBe(true);
  await expectNoSeriousViolations(page, "Projects with a name's tooltip open (light)");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await expect(link).toBeFocused();
});

test("on a fresh page the first hover on a name shows the whole name", async ({ page, user }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await user.api.createProject(longName);
  await connect(page, user.token);
  const link = page.getByRole("table", { name: "Projects" }).getByRole("link", { name: longName });
  await expect(link).toBeVisible();
  expect(await tooltipCodeLoaded(page)).toBe(false);

  await link.hover();
  await expect(page.getByRole("tooltip")).toHaveText(longName);
  await expectNoSeriousViolations(page, "Projects with a name's tooltip open (dark)");
  // Away in steps, as a hand moves: Radix keeps the tooltip while the pointer crosses towards it.
  await page.mouse.move(5, 5, { steps: 10 });
  await expect(page.getByRole("tooltip")).toHaveCount(0);
});

test("a press on a name held while the tooltip's code arrives still opens the project", async ({ page, user }) => {
  const project = await user.api.createProject(longName);
  // The tooltip's code is held back until the button is down, so it arrives under the press.
  let pressed = () => {};
  const pressDown = new Promise<void>((resolve) => {
    pressed = resolve;
  });
  await page.route(/\/radix-tooltip-[^/]*\.js$/, async (route) => {
    await pressDown;
    await route.continue();
  });
  await connect(page, user.token);
  const link = page.getByRole("table", { name: "Projects" }).getByRole("link", { name: longName });
  await expect(link).toBeVisible();
  expect(await tooltipCodeLoaded(page)).toBe(false);

  const box = await link.boundingBox();
  if (!box) throw new Error("the link is on screen");
  await page.mouse.move(box.x + 20, box.y + 5);
  await page.mouse.down();
  pressed();
  // Nudges within the drag threshold, the button still down, until the loaded tooltip answers one.
  let nudge = 0;
  await expect(async () => {
    await page.mouse.move(box.x + 20 + (++nudge % 2), box.y + 5);
    await expect(page.getByRole("tooltip")).toHaveText(longName, { timeout: 1000 });
  }).toPass();
  expect(await tooltipCodeLoaded(page)).toBe(true);
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`/project/${project.id}`));
});
