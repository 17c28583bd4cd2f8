import { connect, expect, test } from "./fixtures.ts";

// A normal session writes nothing to the browser's console: no warnings (React Router's missing
// HydrateFallback was one on every load), no logs, no errors.

test("loading and moving between pages logs nothing to the console", async ({ page, user }) => {
  const project = await user.api.createProject("Quiet");
  await user.api.createRoom(project.id, { name: "hush" });
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));

  await page.goto("/connect");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await expect(page.getByRole("table", { name: "Rooms" })).toContainText("hush");
  await page.getByRole("link", { name: "hush" }).click();
  await expect(page.getByRole("heading", { name: "hush", level: 1 })).toBeVisible();
  await page.goto(`/project/${project.id}/members`);
  await expect(page.getByRole("table", { name: "Members" })).toContainText(user.email);
  await page.reload();
  await expect(page.getByRole("table", { name: "Members" })).toContainText(user.email);

  expect(messages).toEqual([]);
});
