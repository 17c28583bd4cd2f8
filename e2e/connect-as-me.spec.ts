import { presets } from "#api/scope/presets.ts";
import { connect, expect, test } from "./fixtures.ts";

test("connect as me offers the raw token: hidden until revealed, copied either way", async ({
  page,
  context,
  user,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const project = await user.api.createProject("Raw token");
  const room = await user.api.createRoom(project.id, { name: "lobby" });
  const meId = user.id;
  await user.api.createRoomGrant(project.id, { roomId: room.id, userId: meId, permissions: presets.userDefault() });

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/lobby`);
  const panel = page.getByRole("region", { name: "Connect as me" });
  await panel.getByRole("button", { name: "Connect as me" }).click();
  const secret = panel.getByTestId("secret-value");
  await expect(secret).toContainText("••••");
  await expect(secret).not.toContainText("eyJ");

  await panel.getByRole("button", { name: "Copy raw token" }).click();
  await expect(panel.getByRole("button", { name: "Copy raw token" })).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);

  await panel.getByRole("button", { name: "Reveal raw token" }).click();
  await expect(secret).toHaveText(copied);
  await panel.getByRole("button", { name: "Hide raw token" }).click();
  await expect(secret).not.toContainText("eyJ");
});
