import { connect, createUser, expect, failedRequest, signInAndOpen, test } from "./fixtures.ts";
import { clickAndWatch } from "./support/checkbox-watch.ts";
import { projectWithCoAdmin, takeRoles } from "./support/co-admin.ts";

const apiFlags = ["Admin", "Developer", "Create rooms", "Create agents", "LLM proxy"];

test("every member flag the API has is shown and editable: can_create_agents too", async ({ page, admin, user }) => {
  const project = await user.api.createProject("All flags");
  const other = await createUser(admin, "agent-maker");
  const otherId = other.id;
  await user.api.addMember(project.id, otherId, {});

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/members`);
  const table = page.getByRole("table", { name: "Members" });
  for (const flag of apiFlags) await expect(table.getByRole("columnheader", { name: flag })).toBeVisible();
  const row = table.getByRole("row", { name: new RegExp(other.email) });
  // The query cache tells the checkbox a tick after the click (TanStack Query batches its notifications).
  await row.getByLabel(/^Can create agents: /).click();
  await expect(row.getByLabel(/^Can create agents: /)).toBeChecked();
  await expect(page.getByText(/can now create agents/)).toBeVisible();
  await expect
    .poll(async () => (await user.api.listMembers(project.id, { filter: otherId })).users[0]?.canCreateAgents)
    .toBe(true);

  await page.goto(`/project/${project.id}/members/${otherId}`);
  const roles = page.getByRole("region", { name: "Roles" });
  await expect(roles.getByLabel("Can create agents")).toBeChecked();
  await roles.getByLabel("Can create agents").click();
  await expect(roles.getByLabel("Can create agents")).not.toBeChecked();
  await expect
    .poll(async () => (await user.api.listMembers(project.id, { filter: otherId })).users[0]?.canCreateAgents)
    .toBe(false);

  const newcomer = await createUser(admin, "newcomer");
  await page.goto(`/project/${project.id}/members`);
  await page.getByRole("button", { name: "Add member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add member" });
  await dialog.getByLabel("E-mail", { exact: true }).fill(newcomer.email);
  await dialog.getByLabel("Can create agents").check();
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog).toHaveCount(0);
  const added = (await user.api.listMembers(project.id, { filter: newcomer.email })).users[0];
  expect(added?.canCreateAgents).toBe(true);
  expect(added?.isDeveloper).toBe(false);
});

test("an add-member error is shown once, in the dialog, not again as a toast", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(409));
  const project = await user.api.createProject("Errors once");
  const existing = await createUser(admin, "existing");
  await user.api.addMember(project.id, existing.id, {});

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/members`);
  await page.getByRole("button", { name: "Add member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add member" });
  await dialog.getByLabel("E-mail", { exact: true }).fill(existing.email);
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog.getByText("This user is already a member of the project")).toBeVisible();
  await expect(page.getByText(/already a member/i)).toHaveCount(1);
  await expect(page.getByText(/could not add the member/i)).toHaveCount(0);
  await dialog.getByLabel("E-mail", { exact: true }).fill("nobody@e2e.test");
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog.getByText("No user has this e-mail address")).toBeVisible();
  await expect(page.getByText(/no user has this e-mail/i)).toHaveCount(1);
  await expect(page.getByText(/could not add the member/i)).toHaveCount(0);
  await expect(dialog.getByLabel("E-mail", { exact: true })).toHaveValue("nobody@e2e.test");
});

test("the member page's Roles card shows a changed flag at once, and never the old state again", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Roles card");
  const other = await createUser(admin, "roles-card");
  await user.api.addMember(project.id, other.id, {});
  const serverFlag = async () =>
    (await user.api.listMembers(project.id, { filter: other.id })).users[0]?.canCreateAgents;

  await signInAndOpen(page, user.token, `/project/${project.id}/members/${other.id}`);
  const box = page.getByRole("region", { name: "Roles" }).getByLabel("Can create agents");
  await expect(box).toBeEnabled();
  expect(await clickAndWatch(box, "can now create agents")).toEqual([true]);
  await expect.poll(serverFlag).toBe(true);
  expect(await clickAndWatch(box, "can no longer create agents")).toEqual([false]);
  await expect.poll(serverFlag).toBe(false);
  await expect(box).not.toBeChecked();
});

test("a change the server refuses in the Roles card shows at once, then rolls back once, with its reason", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(403));
  const { project, coAdmin: other } = await projectWithCoAdmin(admin, user, "Roles card refused");

  await signInAndOpen(page, user.token, `/project/${project.id}/members/${other.id}`);
  const roles = page.getByRole("region", { name: "Roles" });
  const box = roles.getByLabel("Can create agents");
  await expect(box).toBeEnabled();
  // Another admin takes the caller's admin flag while the page still offers the change.
  await takeRoles(other, project.id, user);
  const reason = "Only project admins may change member roles";
  expect(await clickAndWatch(box, reason)).toEqual([true, false]);
  await expect(roles.getByRole("alert")).toHaveText(
    new RegExp(`^Not changed \\(“.* can now create agents”\\): ${reason}`),
  );
  await expect(box).not.toBeChecked();
  expect((await other.api.listMembers(project.id, { filter: other.id })).users[0]?.canCreateAgents).toBe(false);
});
