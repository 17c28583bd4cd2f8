import { connect, expect, test } from "./fixtures.ts";

test("the role badge beside the page title is labelled for screen readers and explained on hover and focus", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("Badge");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  const badge = page.getByTestId("role-badge");
  await expect(badge).toHaveText("Your role: admin");
  await badge.hover();
  await expect(page.getByRole("tooltip")).toHaveText(/^Your role in this project: admin, manages rooms/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await page.mouse.move(5, 5);
  await badge.focus();
  await expect(page.getByRole("tooltip")).toHaveText(/^Your role in this project: admin/);
});

test("settings shows the project's name, id, key (with copy) and status, and says rename and delete are not in the API", async ({
  page,
  context,
  user,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const project = await user.api.createProject("Details shown");
  const info = await user.api.getProject(project.id);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/settings`);
  const card = page.getByRole("region", { name: "Project" });
  await expect(card).toContainText("Details shown");
  await expect(card).toContainText(project.id);
  expect(info.projectKey).toBeTruthy();
  await expect(card).toContainText(info.projectKey ?? "");
  await expect(card.getByTestId("project-status")).toHaveText("Enabled");
  await expect(card).toContainText("no way to rename or delete a project");
  await expect(page.getByRole("button", { name: /rename|delete/i })).toHaveCount(0);
  await card.getByRole("button", { name: "Copy project key" }).click();
  await expect(card.getByRole("button", { name: "Copy project key" })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(info.projectKey);
  await expect(page.getByLabel("Settings (JSON)")).toBeVisible();
});
