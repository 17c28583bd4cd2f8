import { presets } from "#api/scope/presets.ts";
import { connect, createUser, expect, failedRequest, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

const hostile = {
  script: '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">',
  rtl: "\u202Egnp.exe",
  long: "x".repeat(10_000),
};

test("renames a room in place: the id and grants stay, the URL follows; a taken name is refused and rolled back", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(409));
  const project = await user.api.createProject("Renames");
  const meId = user.id;
  const room = await user.api.createRoom(project.id, {
    name: "before",
    permissions: { [meId]: presets.userDefault() },
  });
  await user.api.createRoom(project.id, { name: "taken" });

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/before`);
  const name = page.getByLabel("Name", { exact: true });
  await name.fill("after");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page).toHaveURL(/\/rooms\/after$/);
  await expect(page.getByRole("heading", { level: 1, name: "after" })).toBeVisible();
  expect((await user.api.getRoom(project.id, "after")).id).toBe(room.id);
  expect((await user.api.listRoomGrantsByRoom(project.id, room.id)).total).toBe(1);

  await name.fill("taken");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.locator("main").getByText("A room named taken already exists")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "after" })).toBeVisible();
  await expect(page).toHaveURL(/\/rooms\/after$/);
  await expect(name).toHaveValue("taken");
});

test("edits metadata and annotations", async ({ page, user }) => {
  const project = await user.api.createProject("Metadata");
  await user.api.createRoom(project.id, { name: "notes", metadata: { old: true } });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/notes`);
  await page.getByRole("button", { name: "Edit metadata and annotations" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Metadata (JSON)").fill('{ "topic": "weekly", }');
  await expect(dialog.getByText(/Line 1, column 22/)).toBeVisible();
  await dialog.getByLabel("Metadata (JSON)").fill('{ "topic": "weekly", "size": 3 }');
  await dialog.getByRole("button", { name: "Add annotation" }).click();
  await dialog.getByLabel("Key of annotation 1").fill("owner");
  await dialog.getByLabel("Value of annotation 1").fill("ada");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("room-metadata")).toContainText('"topic": "weekly"');
  await expect(page.getByTestId("room-annotations")).toContainText("ada");
  const room = await user.api.getRoom(project.id, "notes");
  expect(room.metadata).toEqual({ topic: "weekly", size: 3 });
  expect(room.annotations).toEqual({ owner: "ada" });
});

test("deletes a room after a confirmation that names it and counts the grants that go with it", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Deletes");
  const meId = user.id;
  const guest = await createUser(admin, "deleted-grant");
  const guestId = guest.id;
  await user.api.addMember(project.id, guestId, {});
  const room = await user.api.createRoom(project.id, {
    name: "doomed",
    permissions: { [meId]: presets.full(), [guestId]: presets.userDefault() },
  });

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/doomed`);
  await page.getByRole("button", { name: "Delete room" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this room?" });
  await expect(dialog).toContainText("doomed");
  await expect(dialog.getByTestId("delete-room-grants")).toHaveText(
    "2 grants are deleted with it: those members lose their access.",
  );
  await expectNoSeriousViolations(page, "the Delete room dialog");
  await dialog.getByRole("button", { name: "Delete room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rooms" })).toBeVisible();
  expect((await user.api.listRooms(project.id)).total).toBe(0);
  expect((await user.api.listRoomGrantsByUser(project.id, guestId)).total).toBe(0);
  await expect(user.api.listRoomGrantsByRoom(project.id, room.id)).rejects.toThrow();
});

test("connect as me explains a missing grant, then shows the token's api grant", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(403));
  const project = await user.api.createProject("Connects");
  const room = await user.api.createRoom(project.id, { name: "stage" });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/stage`);
  const panel = page.getByRole("region", { name: "Connect as me" });
  await panel.getByRole("button", { name: "Connect as me" }).click();
  await expect(panel.getByRole("alert")).toContainText("You hold no grant in this room");
  await expect(panel.getByRole("link", { name: "Grant yourself access" })).toHaveAttribute(
    "href",
    new RegExp(`/grants/new\\?room=${room.id}&user=`),
  );

  const meId = user.id;
  await user.api.createRoomGrant(project.id, {
    roomId: room.id,
    userId: meId,
    permissions: { ...presets.none(), storage: { paths: [{ path: "/data", read_only: true }] } },
  });
  await panel.getByRole("button", { name: "Connect as me" }).click();
  const token = panel.getByTestId("participant-token");
  await expect(token).toContainText(user.email);
  await expect(token).toContainText("stage · user");
  await expect(token).toContainText("can read everything under /data, write nowhere");
  await expectNoSeriousViolations(page, "the participant token panel");
});

test("hostile metadata and annotations render as inert text without widening the page", async ({ page, user }) => {
  const project = await user.api.createProject("Hostile room");
  await user.api.createRoom(project.id, {
    name: "hostile",
    metadata: { note: hostile.script, long: hostile.long },
    annotations: { [hostile.script]: hostile.rtl, long: hostile.long },
  });
  await page.addInitScript(() => {
    (window as { __pwned?: number }).__pwned = 0;
  });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/hostile`);
  await expect(page.getByTestId("room-annotations")).toContainText(hostile.script);
  await expect(page.getByTestId("room-metadata")).toContainText("<script>");
  await expect(page.locator("main img[src='x'], main script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBe(0);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.view);
  await expectNoSeriousViolations(page, "a room page with hostile names");
});
