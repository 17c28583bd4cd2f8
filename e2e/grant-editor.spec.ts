import type { Page } from "@playwright/test";
import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { connect, consentAndCreateGrant, createUser, expect, failedRequest, test } from "./fixtures.ts";

const readOnlyData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

/** A project with room "lobby" and a member "guest" who holds `scope` there (when given). */
async function seedGrant(admin: Meshagent, api: Meshagent, scope = readOnlyData) {
  const project = await api.createProject("Grants");
  const room = await api.createRoom(project.id, { name: "lobby" });
  const guest = await createUser(admin, "guest");
  const guestId = guest.id;
  await api.addMember(project.id, guestId, {});
  await api.createRoomGrant(project.id, { roomId: room.id, userId: guestId, permissions: scope });
  return { project, room, guest, guestId };
}

const section = (page: Page, name: string) => page.locator(`section[data-grant="${name}"]`);
const toasts = (page: Page) => page.getByRole("region", { name: /Notifications/ });

test("opens in a dialog from the room page, shows the change before saving, and waits for consent to a widening", async ({
  page,
  admin,
  user,
}) => {
  const { project, room, guest, guestId } = await seedGrant(admin, user.api);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/lobby`);
  // Each row shows the scope's privilege level and its label against the nearest preset.
  await expect(page.getByTestId("scope-label")).toHaveText("none + storage (read-only)");
  await expect(page.locator('td [data-level="limited"]')).toBeVisible();
  await page.getByRole("link", { name: /Edit the grant of/ }).click();
  const editor = page.getByRole("dialog", { name: /^Grant of .* in lobby$/ });
  await expect(editor).toContainText(guest.email);
  await expect(page).toHaveURL(new RegExp(`/rooms/lobby\\?grant=${guestId}$`));
  await expect(editor.getByTestId("preset-label")).toHaveText(/none \+ storage \(read-only\)/);

  const storage = section(page, "storage");
  await storage.getByRole("button", { name: "Storage" }).click();
  await storage.getByRole("checkbox", { name: "Read-only (storage path 1)" }).uncheck();
  await section(page, "admin").getByRole("switch", { name: "Admin grant" }).click();
  await expect(
    section(page, "admin").getByText("Admin lets this participant change the room's configuration."),
  ).toBeVisible();

  await page.getByRole("button", { name: "Review and save…" }).click();
  const dialog = page.getByRole("dialog", { name: "Review the change" });
  await expect(dialog.getByRole("region", { name: "Added" })).toContainText("admin: added");
  await expect(dialog.getByRole("region", { name: "Widened" })).toContainText("storage: /data became writable");
  await expect(dialog).toContainText(
    "This widens sensitive access: admin (room configuration), write access to storage.",
  );
  await expect(dialog.getByText('"admin": {}')).toBeVisible();
  const save = dialog.getByRole("button", { name: "Save grant" });
  await expect(save).toBeDisabled();
  await dialog.getByLabel("I understand, and want to give this access").check();
  await save.click();

  await expect(toasts(page).getByText(/Grant of .* saved/)).toBeVisible();
  await expect(editor).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/project/${project.id}/rooms/lobby$`));
  // The room's list shows the new scope without a reload.
  const grants = page.getByRole("table", { name: "Grants in this room" });
  await expect(grants).toContainText("Storage: write /data · Admin");
  await expect(grants.locator('[data-level="admin"]')).toBeVisible();
  const stored = await user.api.getRoomGrant(project.id, room.id, guestId);
  expect(toCompact(stored.permissions)).toEqual({ storage: { paths: [{ path: "/data" }] }, admin: {} });
});

test("a narrowing needs no consent; with nothing changed there is nothing to save", async ({ page, admin, user }) => {
  const { project, room, guestId } = await seedGrant(admin, user.api, parseScope({ messaging: {} }));
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/grants/edit/${room.id}/${guestId}`);
  await expect(page.getByRole("button", { name: "Review and save…" })).toBeDisabled();
  const messaging = section(page, "messaging");
  await messaging.getByRole("button", { name: "Messaging" }).click();
  await messaging.getByRole("checkbox", { name: "Broadcast messages" }).uncheck();
  await page.getByRole("button", { name: "Review and save…" }).click();
  const dialog = page.getByRole("dialog", { name: "Review the change" });
  await expect(dialog.getByRole("region", { name: "Narrowed" })).toContainText("messaging.broadcast: now denied");
  await dialog.getByRole("button", { name: "Save grant" }).click();
  await expect(page).toHaveURL(new RegExp(`/project/${project.id}/rooms/lobby$`));
  expect(toCompact((await user.api.getRoomGrant(project.id, room.id, guestId)).permissions)).toEqual({
    messaging: { broadcast: false },
  });
});

test("creating a grant that exists says so and links to it", async ({ page, admin, user, allowConsoleErrors }) => {
  allowConsoleErrors(failedRequest(409));
  const { project, room, guestId } = await seedGrant(admin, user.api);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/grants/new?room=${room.id}&user=${guestId}`);
  await page.getByRole("button", { name: "User default" }).click();
  await page.getByRole("button", { name: "Create grant" }).click();
  await consentAndCreateGrant(page);
  await expect(page.getByText("This user already has a grant in this room — edit it instead.")).toBeVisible();
  await page.getByRole("link", { name: "Edit the existing grant" }).click();
  // Leaving would drop the scope built here, so the editor asks first.
  await page
    .getByRole("dialog", { name: "Discard your changes?" })
    .getByRole("button", { name: "Discard changes" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/grants/edit/${room.id}/${guestId}$`));
  await expect(page.getByTestId("preset-label")).toHaveText(/storage \(read-only\)/);
});

test("revokes a grant after a confirmation", async ({ page, admin, user }) => {
  const { project, room, guestId } = await seedGrant(admin, user.api);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/grants/edit/${room.id}/${guestId}`);
  await page.getByRole("button", { name: "Revoke grant…" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke this grant?" });
  await dialog.getByRole("button", { name: "Revoke grant" }).click();
  await expect(toasts(page).getByText(/Grant of .* revoked/)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/project/${project.id}/rooms/lobby$`));
  await expect(user.api.getRoomGrant(project.id, room.id, guestId)).rejects.toBeInstanceOf(NotFoundError);
});

test("picks the room and the member by searching, then creates from a preset", async ({ page, admin, user }) => {
  const project = await user.api.createProject("Pickers");
  await user.api.createRoom(project.id, { name: "alpha" });
  const beta = await user.api.createRoom(project.id, { name: "beta-room" });
  const guest = await createUser(admin, "picked");
  const guestId = guest.id;
  await user.api.addMember(project.id, guestId, {});
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/grants/new`);

  await page.getByLabel("Find a room").fill("beta");
  await page.getByRole("list", { name: "Matching rooms" }).getByRole("button", { name: "beta-room" }).click();
  await page.getByLabel("Find a member").fill("picked");
  await page.getByRole("list", { name: "Matching members" }).getByRole("button", { name: guest.email }).click();
  await expect(page).toHaveURL(new RegExp(`room=${beta.id}`));

  await page.getByRole("button", { name: "Agent default + tunnels" }).click();
  await expect(page.getByTestId("preset-label")).toHaveText("agent default + tunnels");
  await expect(section(page, "tunnels")).toContainText("1 warning");
  await page.getByRole("button", { name: "Create grant" }).click();
  await consentAndCreateGrant(page);
  await expect(page).toHaveURL(/\/rooms\/beta-room$/);
  const stored = await user.api.getRoomGrant(project.id, beta.id, guestId);
  expect(toCompact(stored.permissions)).toEqual(toCompact(presets.agentDefault({ tunnels: true })));
});

test("saves the scope as a project preset, keeping other settings; a broken settings value does not break the editor", async ({
  page,
  admin,
  user,
}) => {
  const { project, room, guestId } = await seedGrant(admin, user.api);
  await user.api.updateProjectSettings(project.id, { region: "eu", meshagent_admin: { scope_presets: [42] } });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/grants/edit/${room.id}/${guestId}`);
  await expect(page.getByText("1 saved entry in the project settings could not be read")).toBeVisible();

  await page.getByRole("button", { name: "Save current as preset…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save as a project preset" });
  await dialog.getByLabel("Preset name").fill("Reader");
  await dialog.getByRole("button", { name: "Save preset" }).click();
  await expect(page.getByRole("button", { name: "Reader" })).toBeVisible();
  const { settings } = await user.api.getProject(project.id);
  expect(settings).toEqual({
    region: "eu",
    meshagent_admin: {
      scope_presets: [42, { name: "Reader", scope: { storage: { paths: [{ path: "/data", read_only: true }] } } }],
    },
  });

  await page.getByRole("button", { name: "Full", exact: true }).click();
  await expect(page.getByTestId("preset-label")).toHaveText("= full");
  await page.getByRole("button", { name: "Reader" }).click();
  await expect(page.getByTestId("preset-label")).toHaveText(/none \+ storage \(read-only\)/);
});

test("“Grant access” on a room page opens a dialog for that room, and Cancel closes it", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("From a room");
  await user.api.createRoom(project.id, { name: "quiet-room" });
  const guest = await createUser(admin, "invitee");
  await user.api.addMember(project.id, guest.id, {});
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/quiet-room`);
  await page.getByRole("link", { name: "Grant access" }).click();
  const dialog = page.getByRole("dialog", { name: "Grant access to quiet-room" });
  await expect(dialog.getByRole("region", { name: "Room" })).toContainText("quiet-room");
  await expect(dialog.getByRole("button", { name: "Change the room" })).toHaveCount(0);
  await page.getByLabel("Find a member").fill("invitee");
  await page.getByRole("list", { name: "Matching members" }).getByRole("button", { name: guest.email }).click();
  await expect(page.getByTestId("scope-editor")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/project/${project.id}/rooms/quiet-room$`));
});

test("a member page grants access to a room in a dialog, and its list follows", async ({ page, admin, user }) => {
  const project = await user.api.createProject("From a member");
  const room = await user.api.createRoom(project.id, { name: "studio" });
  const guest = await createUser(admin, "artist");
  const guestId = guest.id;
  await user.api.addMember(project.id, guestId, {});
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/members/${guestId}`);
  await page.getByRole("link", { name: "Grant access to a room" }).click();
  const dialog = page.getByRole("dialog", { name: /^Grant .* access to a room$/ });
  await expect(dialog.getByRole("region", { name: "Member" })).toContainText(guest.email);
  await dialog.getByLabel("Find a room").fill("stu");
  await dialog.getByRole("list", { name: "Matching rooms" }).getByRole("button", { name: "studio" }).click();
  await dialog.getByRole("button", { name: "User default" }).click();
  await dialog.getByRole("button", { name: "Create grant" }).click();
  await consentAndCreateGrant(page);
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/members/${guestId}$`));
  await expect(
    page.getByRole("table", { name: "Room grants" }).getByRole("link", { name: "studio", exact: true }),
  ).toBeVisible();
  expect(toCompact((await user.api.getRoomGrant(project.id, room.id, guestId)).permissions)).toEqual(
    toCompact(presets.userDefault()),
  );
});

test("closing the dialog with unsaved edits asks first, and keeps them when the admin stays", async ({
  page,
  admin,
  user,
}) => {
  const { project, room, guestId } = await seedGrant(admin, user.api);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms/lobby`);
  await page.getByRole("link", { name: /Edit the grant of/ }).click();
  const editor = page.getByRole("dialog", { name: /^Grant of .* in lobby$/ });
  await editor.getByRole("button", { name: "Full", exact: true }).click();
  await expect(editor.getByTestId("preset-label")).toHaveText("= full");

  await page.keyboard.press("Escape");
  const ask = page.getByRole("dialog", { name: "Discard your changes?" });
  await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toHaveCount(0);
  await expect(editor.getByTestId("preset-label")).toHaveText("= full");
  await expect(page).toHaveURL(new RegExp(`\\?grant=${guestId}$`));

  await page.keyboard.press("Escape");
  await ask.getByRole("button", { name: "Discard changes" }).click();
  await expect(editor).toHaveCount(0);
  await expect(page).toHaveURL(/\/rooms\/lobby$/);
  expect(toCompact((await user.api.getRoomGrant(project.id, room.id, guestId)).permissions)).toEqual(
    toCompact(readOnlyData),
  );
});
