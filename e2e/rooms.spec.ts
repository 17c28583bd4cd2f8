import { toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { connect, createUser, expect, failedRequest, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

test("creates a room with metadata, annotations and a member's permissions; a duplicate name is refused beside the field", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(409));
  const project = await user.api.createProject("Rooms to create");
  const guest = await createUser(admin, "guest");
  const guestId = guest.id;
  await user.api.addMember(project.id, guestId, {});

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await page.getByRole("button", { name: "New room" }).click();
  const dialog = page.getByRole("dialog", { name: "New room" });
  const name = dialog.getByLabel("Room name");
  await name.fill("Lobby");
  await expect(dialog.getByText("May only contain a-z, 0-9 and -")).toBeVisible();
  await name.fill("lobby--x");
  await expect(dialog.getByText("Must not contain --")).toBeVisible();
  await name.fill("lobby");
  await expect(dialog.getByText("Must not contain --")).toHaveCount(0);

  const metadata = dialog.getByLabel("Metadata (JSON)");
  await metadata.fill('{ "topic": }');
  await expect(dialog.getByText("Line 1, column 12: Expected a value")).toBeVisible();
  await metadata.fill('{ "topic": "standup" }');
  await dialog.getByRole("button", { name: "Add annotation" }).click();
  await dialog.getByLabel("Key of annotation 1").fill("team");
  await dialog.getByLabel("Value of annotation 1").fill("core");
  await dialog.getByLabel("Find a member").fill(guest.email);
  await expect(dialog.getByLabel("Member to add")).toContainText(guest.email);
  await dialog.getByLabel("Preset for the new member").selectOption({ label: "None (can join, nothing else)" });
  await dialog.getByRole("button", { name: "Add permission" }).click();
  const rows = dialog.getByRole("list", { name: "Members with initial permissions" });
  await expect(rows).toContainText(guest.email);
  await expect(rows.getByTestId("initial-scope-label")).toHaveText("= none");

  // The scope editor refines the preset over the create-room dialog, which keeps what was typed.
  await rows.getByRole("button", { name: `Edit scope of E2E guest <${guest.email}>` }).click();
  const scopeDialog = page.getByRole("dialog", { name: `Scope for E2E guest <${guest.email}>` });
  const messaging = scopeDialog.locator('section[data-grant="messaging"]');
  await messaging.getByRole("switch", { name: "Messaging grant" }).click();
  // A preset replaces the scope; Undo, inside the dialog, brings the edit back.
  await scopeDialog.getByRole("button", { name: "Full", exact: true }).click();
  await expect(scopeDialog.getByTestId("preset-label")).toContainText("= full");
  await scopeDialog.getByRole("button", { name: "Undo" }).click();
  await expect(scopeDialog.getByTestId("preset-label")).toContainText("none + messaging");
  await expectNoSeriousViolations(page, "the initial scope dialog");
  await scopeDialog.getByRole("button", { name: "Use this scope" }).click();
  await expect(scopeDialog).toHaveCount(0);
  await expect(rows.getByTestId("initial-scope-label")).toHaveText("none + messaging");
  await expect(name).toHaveValue("lobby");
  await expectNoSeriousViolations(page, "the New room form");
  await dialog.getByRole("button", { name: "Create room" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "lobby" })).toBeVisible();
  const room = await user.api.getRoom(project.id, "lobby");
  expect(room.metadata).toEqual({ topic: "standup" });
  expect(room.annotations).toEqual({ team: "core" });
  const grant = await user.api.getRoomGrant(project.id, room.id, guestId);
  expect(toCompact(grant.permissions)).toEqual({ messaging: {} });

  await page.goto(`/project/${project.id}/rooms`);
  await page.getByRole("button", { name: "New room" }).click();
  await name.fill("lobby");
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByText("A room named lobby already exists")).toBeVisible();
  await expect(name).toHaveValue("lobby");

  await dialog.getByLabel("Use the existing room if the name is taken").check();
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "lobby" })).toBeVisible();
  expect((await user.api.listRooms(project.id)).total).toBe(1);
});

test("the rooms list shows each room's grant count and links to the room", async ({ page, admin, user }) => {
  const project = await user.api.createProject("Counted rooms");
  const meId = user.id;
  const guest = await createUser(admin, "counted");
  const guestId = guest.id;
  await user.api.addMember(project.id, guestId, {});
  await user.api.createRoom(project.id, {
    name: "busy",
    permissions: { [meId]: presets.full(), [guestId]: presets.none() },
  });
  await user.api.createRoom(project.id, { name: "quiet" });

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  const rows = page.getByRole("table", { name: "Rooms" }).getByRole("row");
  await expect(rows.filter({ hasText: "busy" }).getByRole("cell").nth(1)).toHaveText("2");
  await expect(rows.filter({ hasText: "quiet" }).getByRole("cell").nth(1)).toHaveText("0");
  await page.getByRole("link", { name: "busy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "busy" })).toBeVisible();
  await expect(page.getByText("2 grants", { exact: true })).toBeVisible();
});

test("the create-room dialog works with the keyboard alone", async ({ page, user }) => {
  const project = await user.api.createProject("Keyboard rooms");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  const newRoom = page.getByRole("button", { name: "New room" });
  // Disabled until the caller's role is known: a disabled button cannot take focus.
  await expect(newRoom).toBeEnabled();
  await newRoom.focus();
  await page.keyboard.press("Enter");
  const name = page.getByRole("dialog").getByLabel("Room name");
  await expect(name).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New room" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.type("typed-room");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "typed-room" })).toBeVisible();
});
