import { toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { connect, consentAndCreateGrant, createUser, expect, test } from "./fixtures.ts";

// Giving sensitive access (admin, secrets, tunnels, storage write) asks for explicit consent when a
// grant is created, as it does when one is widened.

test("creating a grant with sensitive access (the Full preset) asks for consent before anything is saved", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Consent");
  const room = await user.api.createRoom(project.id, { name: "vault" });
  const guest = await createUser(admin, "widened");
  const guestId = guest.id;
  await user.api.addMember(project.id, guestId, {});
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/grants/new?room=${room.id}&user=${guestId}`);
  await page.getByRole("button", { name: "Full", exact: true }).click();
  await page.getByRole("button", { name: "Create grant" }).click();

  const review = page.getByRole("dialog", { name: "Review the new grant" });
  await expect(review).toContainText(
    "This widens sensitive access: admin (room configuration), secrets (OAuth tokens), tunnels (network access), write access to storage.",
  );
  await expect(review.getByRole("button", { name: "Create grant" })).toBeDisabled();
  expect((await user.api.listRoomGrantsByRoom(project.id, room.name)).total).toBe(0);

  await consentAndCreateGrant(page);
  await expect(page.getByText(/Access granted to/)).toBeVisible();
  const stored = await user.api.getRoomGrant(project.id, room.id, guestId);
  expect(toCompact(stored.permissions)).toEqual(toCompact(presets.full()));
});

test("creating a room whose initial permissions give sensitive access asks for consent first", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Consent rooms");
  const guest = await createUser(admin, "initial");
  const guestId = guest.id;
  await user.api.addMember(project.id, guestId, {});
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await page.getByRole("button", { name: "New room" }).click();
  const dialog = page.getByRole("dialog", { name: "New room" });
  await dialog.getByLabel("Room name").fill("wide-open");
  await dialog.getByLabel("Find a member").fill(guest.email);
  await expect(dialog.getByLabel("Member to add")).toContainText(guest.email);
  await dialog.getByLabel("Preset for the new member").selectOption({ label: "Full" });
  await dialog.getByRole("button", { name: "Add permission" }).click();

  await expect(dialog).toContainText("These grants give sensitive access: admin (room configuration), secrets");
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(dialog.getByText("Confirm the sensitive access first.")).toBeVisible();
  await expect(user.api.getRoom(project.id, "wide-open")).rejects.toThrow();

  await dialog.getByLabel("I understand, and want to give this access").check();
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "wide-open" })).toBeVisible();
  const room = await user.api.getRoom(project.id, "wide-open");
  const grant = await user.api.getRoomGrant(project.id, room.id, guestId);
  expect(toCompact(grant.permissions)).toEqual(toCompact(presets.full()));
});
