import { connect, expect, test } from "./fixtures.ts";

test("a taken room name is flagged while typing, before submit", async ({ page, user }) => {
  const project = await user.api.createProject("Taken names");
  await user.api.createRoom(project.id, { name: "lobby" });
  await user.api.createRoom(project.id, { name: "lobby-2" });
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") requests.push(request.url());
  });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await page.getByRole("button", { name: "New room" }).click();
  const dialog = page.getByRole("dialog", { name: "New room" });
  const name = dialog.getByLabel("Room name");
  await name.fill("lobby");
  await expect(dialog.getByText(/A room with this name already exists/)).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("lobby-3");
  await expect(dialog.getByText(/already exists/)).toHaveCount(0);
  await name.fill("lobby");
  await expect(dialog.getByText(/A room with this name already exists/)).toBeVisible();
  await dialog.getByLabel("Use the existing room if the name is taken").check();
  await expect(dialog.getByText(/already exists/)).toHaveCount(0);
  expect(requests.filter((url) => url.includes("/rooms"))).toEqual([]);
});

test("after creating a room, focus moves to the new room's heading", async ({ page, user }) => {
  const project = await user.api.createProject("Focus after create");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await page.getByRole("button", { name: "New room" }).click();
  const dialog = page.getByRole("dialog", { name: "New room" });
  await dialog.getByLabel("Room name").fill("standup");
  await dialog.getByRole("button", { name: "Create room" }).click();
  const heading = page.getByRole("heading", { level: 1, name: "standup" });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
});
