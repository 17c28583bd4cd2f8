import { connect, createUser, expect, test } from "./fixtures.ts";

test("an API key is shown once, connects in a fresh browser, and is refused once deleted", async ({
  page,
  browser,
  user,
}) => {
  const project = await user.api.createProject("Keys");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/api-keys`);
  await expect(page.getByText("No API keys yet")).toBeVisible();

  await page.getByRole("button", { name: "New API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("ci <deploy>");
  await dialog.getByLabel("Description").fill("GitHub Actions");
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog).toContainText("it is shown only this once");
  const value = await dialog.getByLabel("API key", { exact: true }).inputValue();
  expect(value).toMatch(/^ma-[\w.]+-[\w.]+-\w+$/);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const row = page.getByRole("row", { name: /ci <deploy>/ });
  await expect(row).toContainText("GitHub Actions");
  await expect(row).toContainText("You");
  await expect(page.getByLabel("API key", { exact: true })).toHaveCount(0);

  // A fresh browser context connects with the key.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await connect(other, value);
  await expect(other.getByRole("link", { name: "Keys" })).toBeVisible();

  await row.getByRole("button", { name: "Delete ci <deploy>" }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm).toContainText("ci <deploy>");
  await expect(confirm).not.toContainText("ends your session");
  await confirm.getByRole("button", { name: "Delete key" }).click();
  await expect(page.getByText("No API keys yet")).toBeVisible();

  // The same key is now refused.
  await other.goto("/connect");
  await other.getByLabel("Token").fill(value);
  await other.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(other.getByText("This token was refused (401)")).toBeVisible();
  await fresh.close();
});

test("deleting the key this console is connected with warns, then ends the session", async ({ page, user }) => {
  const project = await user.api.createProject("Own key");
  const { value } = await user.api.createApiKey(project.id, "console", "");
  await connect(page, value, { remember: true });
  await page.goto(`/project/${project.id}/api-keys`);
  const row = page.getByRole("row", { name: /console/ });
  await expect(row).toContainText("This console");
  await row.getByRole("button", { name: "Delete console" }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm).toContainText("This console is connected with this key: deleting it ends your session");
  await confirm.getByRole("button", { name: "Delete and sign out" }).click();
  await expect(page.getByRole("heading", { name: "Connect to Meshagent" })).toBeVisible();
  await expect(await user.api.listApiKeys(project.id)).toEqual({ keys: [] });
});

test("a key another admin created names them by e-mail", async ({ page, admin, user }) => {
  const project = await user.api.createProject("Shared keys");
  const colleague = await createUser(admin, "colleague");
  await user.api.addMember(project.id, (await colleague.api.whoami()).id, { isAdmin: true });
  await colleague.api.createApiKey(project.id, "their key", "");
  await user.api.createApiKey(project.id, "my key", "");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/api-keys`);
  await expect(page.getByRole("row", { name: /their key/ })).toContainText(colleague.email);
  await expect(page.getByRole("row", { name: /my key/ })).toContainText("You");
});
