import { connect, createUser, expect, failedRequest, test } from "./fixtures.ts";

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
