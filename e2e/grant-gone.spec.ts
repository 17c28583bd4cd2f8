import type { Locator, Page } from "@playwright/test";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { consentAndCreateGrant, expect, failedRequest, signInAndOpen, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { escapeRegExp, grantOf, matrixCell, openSeededMatrix } from "./support/grant-matrix.ts";
import { seedProject } from "./support/seed-project.ts";

// A grant that disappears while it is open in the editor: revoked by another admin (the edits can be
// created again), its room deleted (nothing can be saved), or revoked twice.

const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });
const plan = {
  name: "Gone",
  rooms: ["alpha", "beta"],
  members: ["guest"],
  grants: [["beta", "guest", readData]],
} as const;

const toasts = (page: Page) => page.getByRole("region", { name: /Notifications/ });
const grantDialog = (page: Page, email: string, room: string) =>
  page.getByRole("dialog", { name: new RegExp(`^Grant of .*${escapeRegExp(email)}.* in ${room}$`) });

/** Turns messaging on in the open editor: a change that needs no consent. */
async function addMessaging(dialog: Locator) {
  await dialog.getByRole("switch", { name: "Messaging grant" }).click();
  await expect(dialog.getByRole("button", { name: "Review and save…" })).toBeEnabled();
}

/** Review and save… then Save grant (consenting when the review asks). */
async function reviewAndSave(page: Page, dialog: Locator, consent = false) {
  await dialog.getByRole("button", { name: "Review and save…" }).click();
  const review = page.getByRole("dialog", { name: "Review the change" });
  if (consent) await review.getByLabel("I understand, and want to give this access").check();
  await review.getByRole("button", { name: "Save grant" }).click();
  await expect(review).toHaveCount(0);
}

/** Cancel on an edited grant, then "Discard changes". */
async function discard(page: Page, dialog: Locator) {
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page
    .getByRole("dialog", { name: "Discard your changes?" })
    .getByRole("button", { name: "Discard changes" })
    .click();
  await expect(dialog).toHaveCount(0);
}

test("on a room page, a grant revoked meanwhile is said so, and is created again with every edit after consent", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  await page.emulateMedia({ colorScheme: "dark" });
  const s = await seedProject(admin, user.api, plan);
  await signInAndOpen(page, user.token, `/project/${s.project.id}/rooms/beta`);
  await page.getByRole("link", { name: /Edit the grant of/ }).click();
  const dialog = grantDialog(page, s.guest.email, "beta");
  const storage = dialog.locator('section[data-grant="storage"]');
  await storage.getByRole("button", { name: "Storage" }).click();
  await storage.getByRole("checkbox", { name: "Read-only (storage path 1)" }).uncheck();
  await addMessaging(dialog);
  await user.api.deleteRoomGrant(s.project.id, s.beta.id, s.guest.id);

  await reviewAndSave(page, dialog, true);
  const gone = dialog.getByTestId("grant-gone");
  await expect(gone).toContainText("This grant was revoked while you were editing it (by another admin).");
  await expect(gone).toContainText("Your changes are kept");
  await expectNoSeriousViolations(page, "a grant revoked meanwhile (dark)", { include: '[data-testid="grant-gone"]' });
  await expect(dialog.getByRole("button", { name: "Review and save…" })).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Revoke grant…" })).toHaveCount(0);
  // The room's list behind the (modal) dialog no longer shows the revoked grant.
  const list = page.getByRole("table", { name: "Grants in this room", includeHidden: true });
  await expect(list).toContainText("No one holds a grant here");

  // Storage write is sensitive: creating it again asks for consent, as any new grant does.
  await gone.getByRole("button", { name: "Create the grant with these changes" }).click();
  await consentAndCreateGrant(page);
  await expect(toasts(page).getByText(/Access granted to .* in beta/)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Grants in this room" })).toContainText("Storage: write /data");
  const stored = await grantOf(user.api, s.project.id, s.beta.id, s.guest.id);
  expect(stored && toCompact(stored)).toEqual({ storage: { paths: [{ path: "/data" }] }, messaging: {} });
});

test("in the matrix, a cell whose grant was revoked meanwhile ends as the server has it: created again, or empty", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await openSeededMatrix(page, admin, user, plan);
  const cell = matrixCell(page, "beta", s.guest.email);
  const dialog = grantDialog(page, s.guest.email, "beta");

  await test.step("closed without creating: the cell is empty", async () => {
    await cell.click();
    await addMessaging(dialog);
    await user.api.deleteRoomGrant(s.project.id, s.beta.id, s.guest.id);
    await reviewAndSave(page, dialog);
    await expect(dialog.getByTestId("grant-gone")).toContainText("This grant was revoked");
    await discard(page, dialog);
    await expect(cell).toHaveAccessibleName(`beta, ${s.guest.email}: no grant`);
  });

  await test.step("created again with the edits: the cell shows them", async () => {
    await user.api.createRoomGrant(s.project.id, { roomId: s.beta.id, userId: s.guest.id, permissions: readData });
    await page.reload();
    await cell.click();
    await addMessaging(dialog);
    await user.api.deleteRoomGrant(s.project.id, s.beta.id, s.guest.id);
    await reviewAndSave(page, dialog);
    // Nothing sensitive: created at once.
    await dialog.getByRole("button", { name: "Create the grant with these changes" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(cell).toHaveAccessibleName(/^beta, .*: .*Messaging/);
    const stored = await grantOf(user.api, s.project.id, s.beta.id, s.guest.id);
    expect(stored && toCompact(stored)).toEqual({ ...toCompact(readData), messaging: {} });
  });
});

test("in the matrix, a grant whose room was deleted meanwhile cannot be saved nor created; its row leaves", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await openSeededMatrix(page, admin, user, plan);
  await matrixCell(page, "beta", s.guest.email).click();
  const dialog = grantDialog(page, s.guest.email, "beta");
  await addMessaging(dialog);
  await user.api.deleteRoom(s.project.id, s.beta.id);
  await reviewAndSave(page, dialog);
  const gone = dialog.getByTestId("grant-gone");
  await expect(gone).toContainText(
    "The room “beta” was deleted while you were editing this grant, so it cannot be saved.",
  );
  await expect(dialog.getByRole("button", { name: /Create/ })).toHaveCount(0);
  await expectNoSeriousViolations(page, "a grant's room deleted meanwhile (light)", {
    include: '[data-testid="grant-gone"]',
  });
  // The edits stay readable.
  await expect(dialog.getByRole("switch", { name: "Messaging grant" })).toBeChecked();
  await dialog.press("Escape");
  await page
    .getByRole("dialog", { name: "Discard your changes?" })
    .getByRole("button", { name: "Discard changes" })
    .click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("rowheader")).toHaveText([/^alpha/]);
});

test("revoking a grant someone revoked meanwhile ends revoked, with a note that it was already gone", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await seedProject(admin, user.api, plan);
  await signInAndOpen(page, user.token, `/project/${s.project.id}/rooms/beta`);
  await page.getByRole("link", { name: /Edit the grant of/ }).click();
  const dialog = grantDialog(page, s.guest.email, "beta");
  await dialog.getByRole("button", { name: "Revoke grant…" }).click();
  await user.api.deleteRoomGrant(s.project.id, s.beta.id, s.guest.id);
  const confirm = page.getByRole("dialog", { name: "Revoke this grant?" });
  await confirm.getByRole("button", { name: "Revoke grant" }).click();
  await expect(toasts(page).getByText(/^The grant of .* in beta was already revoked$/)).toBeVisible();
  await expect(confirm).toHaveCount(0);
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Grants in this room" })).toContainText("No one holds a grant here");
  expect(await grantOf(user.api, s.project.id, s.beta.id, s.guest.id)).toBeNull();
});

test("on a room page deleted meanwhile, the save says the room went, offers no create, and the page then says it is gone", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await seedProject(admin, user.api, plan);
  await signInAndOpen(page, user.token, `/project/${s.project.id}/rooms/beta`);
  await page.getByRole("link", { name: /Edit the grant of/ }).click();
  const dialog = grantDialog(page, s.guest.email, "beta");
  await addMessaging(dialog);
  await user.api.deleteRoom(s.project.id, s.beta.id);
  await reviewAndSave(page, dialog);
  await expect(dialog.getByTestId("grant-gone")).toContainText("The room “beta” was deleted");
  await expect(dialog.getByRole("button", { name: /Create/ })).toHaveCount(0);
  await discard(page, dialog);
  await expect(page.getByText("There is no room with this name.")).toBeVisible();
});

test("on a member page, a grant gone with its member says the member was removed, and the page then says so", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await seedProject(admin, user.api, plan);
  await signInAndOpen(page, user.token, `/project/${s.project.id}/members/${s.guest.id}`);
  await page.getByRole("link", { name: "Edit the grant in beta" }).click();
  const dialog = grantDialog(page, s.guest.email, "beta");
  await addMessaging(dialog);
  // Removing a member as the console does it: their grants first, then the membership.
  await user.api.deleteRoomGrant(s.project.id, s.beta.id, s.guest.id);
  await user.api.removeMember(s.project.id, s.guest.id);
  await reviewAndSave(page, dialog);
  await expect(dialog.getByTestId("grant-gone")).toContainText(
    "This member was removed from the project while you were editing this grant, so it cannot be saved.",
  );
  await expect(dialog.getByRole("button", { name: /Create/ })).toHaveCount(0);
  await discard(page, dialog);
  await expect(page.getByText("This user is not a member of the project.")).toBeVisible();
});

test("Delete on a matrix cell whose grant was revoked meanwhile ends revoked, with the note", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await openSeededMatrix(page, admin, user, plan);
  const cell = matrixCell(page, "beta", s.guest.email);
  await expect(cell).toHaveAttribute("data-level", "limited");
  await page.getByRole("grid").focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowDown");
  await user.api.deleteRoomGrant(s.project.id, s.beta.id, s.guest.id);
  await page.keyboard.press("Delete");
  const confirm = page.getByRole("dialog", { name: "Revoke this grant?" });
  await expect(confirm).toContainText(`${s.guest.email} in beta`);
  await confirm.getByRole("button", { name: "Revoke grant" }).click();
  await expect(toasts(page).getByText(`The grant of ${s.guest.email} in beta was already revoked`)).toBeVisible();
  await expect(confirm).toHaveCount(0);
  await expect(cell).toHaveAccessibleName(`beta, ${s.guest.email}: no grant`);
});

test("a room deleted after the offer to create the grant again: the create says the room went, and offers no more", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404), failedRequest(400));
  const s = await seedProject(admin, user.api, plan);
  await signInAndOpen(page, user.token, `/project/${s.project.id}/rooms/beta`);
  await page.getByRole("link", { name: /Edit the grant of/ }).click();
  const dialog = grantDialog(page, s.guest.email, "beta");
  await addMessaging(dialog);
  await user.api.deleteRoomGrant(s.project.id, s.beta.id, s.guest.id);
  await reviewAndSave(page, dialog);
  const create = dialog.getByRole("button", { name: "Create the grant with these changes" });
  await expect(create).toBeVisible();
  await user.api.deleteRoom(s.project.id, s.beta.id);
  await create.click();
  await expect(dialog.getByTestId("grant-gone")).toContainText("The room “beta” was deleted");
  await expect(dialog).toContainText("room_id: no room in this project has this id");
  await expect(create).toHaveCount(0);
});
