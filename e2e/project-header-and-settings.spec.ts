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
