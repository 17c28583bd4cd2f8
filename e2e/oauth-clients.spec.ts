import type { Page } from "@playwright/test";
import type { Meshagent, OAuthClientParams } from "#api/client.ts";
import { connect, expect, failedRequest, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

const aClient = (over: Partial<OAuthClientParams> = {}): OAuthClientParams => ({
  grantTypes: ["authorization_code"],
  responseTypes: ["code"],
  redirectUris: ["https://billing.example/cb"],
  scope: "profile:read",
  ...over,
});

async function openClients(page: Page, token: string, projectId: string, query = "") {
  await connect(page, token, { remember: true });
  await page.goto(`/project/${projectId}/oauth-clients${query}`);
}

const newProject = async (api: Meshagent, name: string) => (await api.createProject(name)).id;

test("an OAuth client is built from checklists and rows, and its secret is shown exactly once", async ({
  page,
  user,
}) => {
  const projectId = await newProject(user.api, "OAuth");
  await openClients(page, user.token, projectId);
  await expect(page.getByText("No OAuth clients yet")).toBeVisible();

  await page.getByRole("button", { name: "New OAuth client" }).click();
  const dialog = page.getByRole("dialog", { name: "New OAuth client" });
  const grants = dialog.getByRole("group", { name: "Grant types" });
  await expect(grants.getByRole("checkbox", { name: "authorization_code" })).toBeChecked();
  await grants.getByRole("checkbox", { name: "refresh_token" }).uncheck();
  await grants.getByRole("checkbox", { name: "client_credentials" }).check();
  await expect(
    dialog.getByRole("group", { name: "Response types" }).getByRole("checkbox", { name: "code" }),
  ).toBeChecked();

  // A plain-http URI off this machine is refused while typing, and on submit; what was typed stays.
  const first = dialog.getByLabel("Redirect URI 1", { exact: true });
  await first.fill("http://app.example/cb");
  await expect(dialog.getByText("Http is allowed only for localhost, 127.0.0.1 and [::1]: use https")).toBeVisible();
  await expect(first).toHaveAttribute("aria-invalid", "true");
  await dialog.getByRole("button", { name: "Create client" }).click();
  await expect(first).toBeFocused();
  await expect(first).toHaveValue("http://app.example/cb");
  await first.fill("https://app.example/cb");
  await expect(first).not.toHaveAttribute("aria-invalid");
  await dialog.getByRole("button", { name: "Add redirect URI" }).click();
  await dialog.getByLabel("Redirect URI 2", { exact: true }).fill("http://localhost:8765/callback");

  const scope = dialog.getByLabel("Scope", { exact: true });
  await scope.fill("profile:read rooms:co");
  await dialog.getByRole("group", { name: "Suggested scopes" }).getByRole("button", { name: "rooms:connect" }).click();
  await expect(scope).toHaveValue("profile:read rooms:connect ");
  await expect(scope).toBeFocused();
  await page.keyboard.type("custom:thing");

  await dialog.getByRole("button", { name: "Add metadata entry" }).click();
  await dialog.getByLabel("Key of metadata entry 1").fill("name");
  await dialog.getByLabel("Value of metadata entry 1").fill("Reports <app>");
  await dialog.getByRole("button", { name: "Create client" }).click();

  const done = page.getByRole("dialog", { name: "OAuth client created" });
  await expect(done).toContainText("it is shown only this once and cannot be shown again");
  const secret = await done.getByLabel("Client secret", { exact: true }).inputValue();
  expect(secret.length).toBeGreaterThanOrEqual(20);

  const { clients, total } = await user.api.listOAuthClients(projectId);
  expect(total).toBe(1);
  const clientId = clients[0]?.clientId ?? "";
  await expect(done).toContainText(clientId);
  // The server answers the secret on create only: later reads carry "".
  expect(await user.api.getOAuthClient(projectId, clientId)).toEqual({
    clientId,
    clientSecret: "",
    grantTypes: ["authorization_code", "client_credentials"],
    responseTypes: ["code"],
    redirectUris: ["https://app.example/cb", "http://localhost:8765/callback"],
    scope: "profile:read rooms:connect custom:thing",
    projectId,
    metadata: { name: "Reports <app>" },
    official: false,
  });

  await done.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const row = page.getByRole("row", { name: /Reports <app>/ });
  await expect(row).toContainText("https://app.example/cb");
  await expect(row).toContainText("and 1 more");
  // The row's actions fit the table without scrolling it sideways.
  await expect(row.getByRole("button", { name: "Delete Reports <app>" })).toBeInViewport({ ratio: 1 });
  await expect(page.locator("body")).not.toContainText(secret);

  await row.getByRole("button", { name: "Reports <app>", exact: true }).click();
  const view = page.getByRole("dialog", { name: "OAuth client Reports <app>" });
  await expect(view).toContainText("Shown only when the client was created.");
  await expect(view).toContainText("custom:thing");
  await expect(view).not.toContainText(secret);
  await page.reload();
  await expect(page.getByRole("row", { name: /Reports <app>/ })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(secret);
});

test("editing a client saves exactly what the form shows; deleting asks first, naming it", async ({ page, user }) => {
  const projectId = await newProject(user.api, "Edit clients");
  const { clientId } = await user.api.createOAuthClient(projectId, aClient({ metadata: { name: "Billing" } }));
  await openClients(page, user.token, projectId);

  await page
    .getByRole("row", { name: /Billing/ })
    .getByRole("button", { name: "Edit Billing" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Edit OAuth client Billing" });
  await dialog.getByRole("checkbox", { name: "refresh_token" }).check();
  await dialog.getByRole("checkbox", { name: "id_token" }).check();
  await dialog.getByLabel("Redirect URI 1", { exact: true }).fill("https://billing.example/oauth");
  await dialog.getByRole("button", { name: "Add redirect URI" }).click();
  await dialog.getByLabel("Redirect URI 2", { exact: true }).fill("http://[::1]:9000/cb");
  await dialog.getByLabel("Scope", { exact: true }).fill("llm:invoke  profile:read");
  await dialog.getByLabel("Value of metadata entry 1").fill("Billing v2");
  await dialog.getByRole("button", { name: "Add metadata entry" }).click();
  await dialog.getByLabel("Key of metadata entry 2").fill("team");
  await dialog.getByLabel("Value of metadata entry 2").fill("finance");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Billing v2/ })).toBeVisible();

  expect(await user.api.getOAuthClient(projectId, clientId)).toEqual({
    clientId,
    clientSecret: "",
    grantTypes: ["authorization_code", "refresh_token"],
    responseTypes: ["code", "id_token"],
    redirectUris: ["https://billing.example/oauth", "http://[::1]:9000/cb"],
    scope: "llm:invoke profile:read",
    projectId,
    metadata: { name: "Billing v2", team: "finance" },
    official: false,
  });

  await page
    .getByRole("row", { name: /Billing v2/ })
    .getByRole("button", { name: "Delete Billing v2" })
    .click();
  const confirm = page.getByRole("dialog", { name: "Delete this OAuth client?" });
  await expect(confirm).toContainText("Billing v2");
  await expect(confirm).toContainText(clientId);
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Delete client" }).click();
  await expect(page.getByText("No OAuth clients yet")).toBeVisible();
  expect((await user.api.listOAuthClients(projectId)).total).toBe(0);
});

test("a refusal from the server shows in the form, keeps what was typed and can be retried", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const projectId = await newProject(user.api, "Gone clients");
  const { clientId } = await user.api.createOAuthClient(projectId, aClient({ metadata: { name: "Doomed" } }));
  await openClients(page, user.token, projectId);
  await page.getByRole("button", { name: "Edit Doomed" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit OAuth client Doomed" });
  await dialog.getByLabel("Scope", { exact: true }).fill("rooms:read");
  await user.api.deleteOAuthClient(projectId, clientId);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog.getByRole("alert")).toContainText("oauth client not found");
  await expect(dialog.getByLabel("Scope", { exact: true })).toHaveValue("rooms:read");
  await expect(dialog.getByRole("button", { name: "Save changes" })).toBeEnabled();
});

test("clients are paged by count and offset and filtered by the server", async ({ page, user }) => {
  const projectId = await newProject(user.api, "Many clients");
  for (let i = 1; i <= 12; i++) {
    const n = String(i).padStart(2, "0");
    await user.api.createOAuthClient(projectId, aClient({ scope: `app:${n}`, metadata: { name: `client ${n}` } }));
  }
  await openClients(page, user.token, projectId, "?size=10");
  const table = page.getByRole("table", { name: "OAuth clients" });
  await expect(page.getByText("1–10 of 12 clients")).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(10);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByText("11–12 of 12 clients")).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table).toContainText("client 12");

  await page.getByLabel("Filter by client ID, scope or metadata").fill("app:07");
  await expect(page).toHaveURL(/[?&]q=app%3A07(&|$)/);
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table).toContainText("client 07");
  await expect(page.getByText("1–1 of 1 client")).toBeVisible();
});

test("a developer is told the page is for admins, and no client is asked for", async ({ page, admin, user }) => {
  const projectId = await newProject(admin, "Not mine");
  await admin.addMember(projectId, (await user.api.whoami()).id, { isDeveloper: true });
  const asked: string[] = [];
  page.on("request", (request) => request.url().includes("/oauth/clients") && asked.push(request.url()));
  await openClients(page, user.token, projectId);
  await expect(page.getByText("Only project admins can use this page; your role is developer.")).toBeVisible();
  await expect(page.getByRole("button", { name: "New OAuth client" })).toHaveCount(0);
  expect(asked).toEqual([]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the OAuth clients page and its dialogs pass axe in the ${colorScheme} theme`, async ({ page, user }) => {
    await page.emulateMedia({ colorScheme });
    const projectId = await newProject(user.api, "Accessible clients");
    await user.api.createOAuthClient(projectId, aClient({ metadata: { name: "Listed" } }));
    await openClients(page, user.token, projectId);
    await expect(page.getByRole("row", { name: /Listed/ })).toBeVisible();
    await expectNoSeriousViolations(page, "OAuth clients");

    await page.getByRole("button", { name: "New OAuth client" }).click();
    const create = page.getByRole("dialog", { name: "New OAuth client" });
    await create.getByLabel("Redirect URI 1", { exact: true }).fill("http://app.example/cb");
    await create.getByLabel("Scope", { exact: true }).fill("rooms:");
    await create.getByRole("button", { name: "Add metadata entry" }).click();
    await expect(create.getByText("Http is allowed only", { exact: false })).toBeVisible();
    await expectNoSeriousViolations(page, "New OAuth client, with an error");
    await create.getByLabel("Redirect URI 1", { exact: true }).fill("https://app.example/cb");
    await create.getByRole("button", { name: "Create client" }).click();
    await expect(page.getByRole("dialog", { name: "OAuth client created" })).toBeVisible();
    await expectNoSeriousViolations(page, "OAuth client created");
    await page.getByRole("button", { name: "Done" }).click();

    await page.getByRole("button", { name: "Listed", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "OAuth client Listed" })).toBeVisible();
    await expectNoSeriousViolations(page, "View OAuth client");
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "Edit OAuth client Listed" })).toBeVisible();
    await expectNoSeriousViolations(page, "Edit OAuth client");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Delete Listed" }).click();
    await expect(page.getByRole("dialog", { name: "Delete this OAuth client?" })).toBeVisible();
    await expectNoSeriousViolations(page, "Delete OAuth client");
  });
}
