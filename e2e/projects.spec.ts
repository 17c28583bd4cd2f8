import { connect, expect, failedRequest, test } from "./fixtures.ts";

test("creates a project, opens it, and lists it with the caller's role", async ({ page, user, allowConsoleErrors }) => {
  allowConsoleErrors(failedRequest(400));
  await connect(page, user.token);
  await page.getByRole("button", { name: "New project" }).click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  await expect(dialog).toBeVisible();

  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(dialog.getByText("must not be empty")).toBeVisible();

  await dialog.getByLabel("Project name").fill("Apollo");
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project “Apollo” created")).toBeVisible();
  await expect(page).toHaveURL(/\/project\/[^/]+\/rooms$/);
  await expect(page).toHaveTitle("Rooms · Apollo · Meshagent Admin");
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs).toContainText("Projects");
  await expect(crumbs).toContainText("Apollo");
  await expect(page.getByText("No rooms yet")).toBeVisible();

  await crumbs.getByRole("link", { name: "Projects" }).click();
  const row = page.getByRole("row", { name: /Apollo/ });
  await expect(row).toContainText("admin");
});

test("a name the server refuses keeps the input and shows the server's message on the field", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(400));
  await connect(page, user.token);
  await page.getByRole("button", { name: "New project" }).click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  const longName = "x".repeat(201);
  await dialog.getByLabel("Project name").fill(longName);
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(dialog.getByText("must be at most 200 characters")).toBeVisible();
  await expect(dialog.getByLabel("Project name")).toHaveValue(longName);
});

test("a member sees their role and the pages only admins may use are disabled with the reason", async ({
  page,
  admin,
  user,
}) => {
  const project = await admin.createProject("Shared project");
  const me = await user.api.whoami();
  await admin.addMember(project.id, me.id, {});
  await connect(page, user.token, { remember: true });

  await expect(page.getByRole("row", { name: /Shared project/ })).toContainText("member");
  await page.getByRole("link", { name: "Shared project" }).click();
  const nav = page.getByRole("navigation", { name: "Project" });
  await expect(nav.getByRole("link", { name: "Rooms" })).toBeVisible();
  const grants = nav.locator('[aria-disabled="true"]', { hasText: "Grants" });
  await expect(grants).toContainText("Admins only");
  await expect(grants).toHaveAttribute("title", /Only project admins can use this page/);
  await expect(nav.getByRole("link", { name: "Grants" })).toHaveCount(0);

  await page.goto(`/project/${project.id}/grants`);
  await expect(page.getByText("This page is not available to you")).toBeVisible();
  await expect(page.getByText(/Only project admins can use this page; your role is member/)).toBeVisible();
});

test("project settings are edited as JSON, with the line of a mistake, and saved", async ({ page, user }) => {
  const project = await user.api.createProject("Configured", { region: "eu" });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/settings`);
  const editor = page.getByLabel("Settings (JSON)");
  await expect(editor).toHaveValue(/"region": "eu"/);

  const broken = '{\n  "region": "eu",\n  "tier": \n}';
  await editor.fill(broken);
  await expect(page.getByText(/^Line 4, column 1:/)).toBeVisible();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(editor).toHaveValue(broken);
  await expect(editor).toBeFocused();

  await editor.fill("[1, 2]");
  await expect(page.getByText("Settings must be a JSON object ({ … })")).toBeVisible();

  await editor.fill('{ "region": "us", "tier": "pro" }');
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();
  expect((await user.api.getProject(project.id)).settings).toEqual({ region: "us", tier: "pro" });
});

test("creates the first room from the empty state; a taken name is reported on the field", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 409/);
  const project = await user.api.createProject("Roomy");
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await page.getByRole("button", { name: "Create the first room" }).click();
  const dialog = page.getByRole("dialog", { name: "New room" });
  await dialog.getByLabel("Room name").fill("Not Valid");
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(dialog.getByText("may only contain a-z, 0-9 and -")).toBeVisible();

  await dialog.getByLabel("Room name").fill("lobby");
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(page.getByText("Room “lobby” created")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "lobby" })).toBeVisible();
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Rooms" }).click();
  await expect(page.getByTestId("row-summary")).toHaveText("1–1 of 1 room");

  await page.getByRole("button", { name: "New room" }).click();
  await dialog.getByLabel("Room name").fill("lobby");
  await dialog.getByRole("button", { name: "Create room" }).click();
  await expect(dialog.getByText(/already exists/)).toBeVisible();
  await expect(dialog.getByLabel("Room name")).toHaveValue("lobby");
});
