import type { Page } from "@playwright/test";
import { presets } from "#api/scope/presets.ts";
import { connect, createUser, expect, failedRequest, signInAndOpen, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { projectWithCoAdmin, takeRoles } from "./support/co-admin.ts";

const members = (page: Page) => page.getByRole("table", { name: "Members" });

test("adds members by e-mail and by user id", async ({ page, admin, user, allowConsoleErrors }) => {
  allowConsoleErrors(failedRequest(409));
  const project = await user.api.createProject("Adding");
  const byEmail = await createUser(admin, "by-email");
  const byId = await createUser(admin, "by-id");
  const byIdUser = await byId.api.whoami();

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/members`);
  await page.getByRole("button", { name: "Add member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add member" });
  await expect(dialog.getByLabel("By e-mail")).toBeFocused();
  await expectNoSeriousViolations(page, "the Add member dialog");
  await dialog.getByLabel("E-mail", { exact: true }).fill(byEmail.email);
  await dialog.getByLabel("Developer").check();
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(members(page)).toContainText(byEmail.email);
  const added = members(page).getByRole("row", { name: new RegExp(byEmail.email) });
  await expect(added.getByLabel(/^Developer: /)).toBeChecked();
  await expect(added.getByLabel(/^Admin: /)).not.toBeChecked();

  await page.getByRole("button", { name: "Add member" }).click();
  await dialog.getByLabel("By user ID").check();
  await dialog.getByLabel("User ID", { exact: true }).fill(byIdUser.id);
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(members(page)).toContainText(byId.email);

  await page.getByRole("button", { name: "Add member" }).click();
  await dialog.getByLabel("E-mail", { exact: true }).fill(byEmail.email);
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog.getByText("This user is already a member of the project")).toBeVisible();
  await dialog.getByLabel("E-mail", { exact: true }).fill("nobody@e2e.test");
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog.getByText("No user has this e-mail address")).toBeVisible();

  const listed = await user.api.listMembers(project.id);
  expect(listed.users.find((m) => m.email === byEmail.email)?.isDeveloper).toBe(true);
  expect(listed.total).toBe(3);
});

test("changes a flag inline and undoes it from the toast", async ({ page, admin, user }) => {
  const project = await user.api.createProject("Flags");
  const other = await createUser(admin, "flagged");
  const otherId = other.id;
  await user.api.addMember(project.id, otherId, {});

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/members`);
  const box = members(page)
    .getByRole("row", { name: new RegExp(other.email) })
    .getByLabel(/^Can create rooms: /);
  // The box shows the click at once (check() fails if it is not checked right after the click).
  await box.check();
  await expect(page.getByText(/can now create rooms/)).toBeVisible();
  await expect
    .poll(async () => (await user.api.listMembers(project.id, { filter: otherId })).users[0]?.canCreateRooms)
    .toBe(true);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(box).not.toBeChecked();
  await expect
    .poll(async () => (await user.api.listMembers(project.id, { filter: otherId })).users[0]?.canCreateRooms)
    .toBe(false);
});

test("a refused flag change rolls back, with the server's reason on the page", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(403));
  const { project, coAdmin: other } = await projectWithCoAdmin(admin, user, "Refused flag");

  await signInAndOpen(page, user.token, `/project/${project.id}/members`);
  const box = members(page)
    .getByRole("row", { name: new RegExp(other.email) })
    .getByLabel(/^Can create rooms: /);
  await expect(box).toBeEnabled();
  // Another admin takes the caller's admin flag while the page still offers the change.
  await takeRoles(other, project.id, user);
  // Ticked in the very task of the click, before any answer: the box does not wait for the query cache.
  const checkedRightAfterClick = await box.evaluate((input: HTMLInputElement) => {
    input.click();
    return input.checked;
  });
  expect(checkedRightAfterClick).toBe(true);
  await expect(page.locator("main").getByRole("alert")).toContainText("Only project admins may change member roles");
  await expect(box).not.toBeChecked();
  expect((await other.api.listMembers(project.id, { filter: other.id })).users[0]?.canCreateRooms).toBe(false);
});

test("removing your own admin flag warns first, and the server's last-admin refusal is shown inline", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(409));
  const project = await user.api.createProject("Last admin");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/members`);
  await members(page)
    .getByLabel(/^Admin: /)
    .click();
  const warning = page.getByRole("dialog", { name: "Remove your own admin flag?" });
  await expect(warning).toBeVisible();
  await warning.getByRole("button", { name: "Remove my admin flag" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("A project needs at least one admin");
  await expect(members(page).getByLabel(/^Admin: /)).toBeChecked();
  expect((await user.api.getProjectRole(project.id)).isAdmin).toBe(true);

  await members(page)
    .getByRole("button", { name: /^Remove / })
    .click();
  const dialog = page.getByRole("dialog", { name: "Remove yourself from this project?" });
  await expect(dialog).toContainText("You are removing yourself");
  await dialog.getByRole("button", { name: "Remove member" }).click();
  await expect(dialog.getByRole("alert")).toContainText("The last admin of a project cannot be removed");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
});

test("removes a member and revokes their grants in the same step", async ({ page, admin, user }) => {
  const project = await user.api.createProject("Removals");
  const leaving = await createUser(admin, "leaving");
  const leavingId = leaving.id;
  await user.api.addMember(project.id, leavingId, {});
  for (const name of ["alpha", "beta"])
    await user.api.createRoom(project.id, { name, permissions: { [leavingId]: presets.userDefault() } });

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/members`);
  const row = members(page).getByRole("row", { name: new RegExp(leaving.email) });
  await expect(row.getByRole("cell").nth(7)).toHaveText("2");
  await row.getByRole("button", { name: /^Remove / }).click();
  const dialog = page.getByRole("dialog", { name: "Remove this member?" });
  await expect(dialog.getByRole("list", { name: "Grants they hold" })).toHaveText(/alpha\s*beta/);
  await expect(dialog.getByLabel("Revoke all 2 grants too")).toBeChecked();
  await expectNoSeriousViolations(page, "the Remove member dialog");
  await dialog.getByRole("button", { name: "Revoke grants and remove" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(members(page)).not.toContainText(leaving.email);
  expect((await user.api.listRoomGrantsByUser(project.id, leavingId)).total).toBe(0);
  expect((await user.api.listMembers(project.id)).total).toBe(1);
});

test("the member page shows profile, flags and grants; hostile names stay inert text", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Member page");
  const email = `hostile-${Date.now()}@e2e.test`;
  const hostile = await admin.createUser({
    email,
    firstName: '<img src=x onerror="window.__pwned=1">\u202E',
    lastName: "y".repeat(200),
  });
  await user.api.addMember(project.id, hostile.id, { canUseLlmProxy: true });
  const room = await user.api.createRoom(project.id, { name: "hall", permissions: { [hostile.id]: presets.full() } });

  await page.addInitScript(() => {
    (window as { __pwned?: number }).__pwned = 0;
  });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/members`);
  await members(page).getByRole("link", { name: /<img/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x");
  await expect(page.getByLabel("Can use LLM proxy")).toBeChecked();
  const grants = page.getByRole("table", { name: "Room grants" });
  await expect(grants.getByRole("link", { name: "hall", exact: true })).toHaveAttribute(
    "href",
    `/project/${project.id}/rooms/hall`,
  );
  // The grant editor opens as a dialog over the member page, kept in the URL.
  await expect(grants.getByRole("link", { name: "Edit the grant in hall" })).toHaveAttribute(
    "href",
    new RegExp(`/project/${project.id}/members/${hostile.id}\\?grant=${room.id}$`),
  );
  await expect(page.getByRole("link", { name: "Grant access to a room" })).toHaveAttribute(
    "href",
    new RegExp(`/project/${project.id}/members/${hostile.id}\\?new-grant=1$`),
  );
  await expect(page.locator("main img[src='x']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBe(0);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.view);
  await expectNoSeriousViolations(page, "a member page with hostile names");

  await grants.getByRole("link", { name: "Edit the grant in hall" }).click();
  const dialog = page.getByRole("dialog", { name: /^Grant of .* in hall$/ });
  await expect(dialog.getByTestId("scope-editor")).toBeVisible();
  await expectNoSeriousViolations(page, "the grant dialog on a member page");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(`/project/${project.id}/members/${hostile.id}`);
  await expect(grants.getByRole("link", { name: "Edit the grant in hall" })).toBeFocused();
});
