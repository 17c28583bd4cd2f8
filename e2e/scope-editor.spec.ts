import type { Page } from "@playwright/test";
import { parseScope, toCompact, toFull } from "#api/scope/forms.ts";
import { expect, tabTo, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { grantSection, openNewGrant } from "./support/scope-editor-page.ts";

const section = grantSection;
const toasts = (page: Page) => page.getByRole("region", { name: /Notifications/ });

test("builds the seed's read-only /data example through the form alone, and the API stores exactly that", async ({
  page,
  admin,
  user,
}) => {
  const { project, room, guestId } = await openNewGrant(page, admin, user.api, user.token);
  const storage = section(page, "storage");
  await storage.getByRole("switch", { name: "Storage grant" }).click();
  await expect(storage.getByText("No paths listed: storage can read and write everywhere.")).toBeVisible();
  await storage.getByRole("radio", { name: "Only these paths" }).check();
  await storage.getByRole("button", { name: "Add storage path (Storage paths)" }).click();
  await storage.getByLabel("Storage path 1", { exact: true }).fill("/data");
  await storage.getByRole("checkbox", { name: "Read-only (storage path 1)" }).check();

  await expect(page.getByTestId("scope-summary")).toHaveText("Storage: can read everything under /data, write nowhere");
  await expect(page.getByTestId("preset-label")).toContainText("none + storage (read-only)");
  await expect(page.getByTestId("scope-overview")).toContainText("Limited");

  await page.getByRole("button", { name: "Create grant" }).click();
  await expect(toasts(page).getByText(/Access granted to/)).toBeVisible();
  const stored = await user.api.getRoomGrant(project.id, room.id, guestId);
  expect(toCompact(stored.permissions)).toEqual({ storage: { paths: [{ path: "/data", read_only: true }] } });
});

test("the JSON tab takes a pasted Python-style full scope and the form follows; invalid text points at its line", async ({
  page,
  admin,
  user,
}) => {
  await openNewGrant(page, admin, user.api, user.token);
  await page.getByRole("tab", { name: "JSON" }).click();
  const json = page.getByLabel("Scope (JSON)");
  await expect(json).toHaveValue("{}");

  const python = toFull(
    parseScope({ storage: { paths: [{ path: "/data", read_only: true }] }, llm: { models: ["openai/*"] } }),
  );
  expect(python.admin).toBeNull();
  await json.fill(JSON.stringify(python, null, 2));
  await expect(page.getByTestId("scope-summary")).toContainText("LLM: only openai/*");

  await json.fill('{\n  "livekit": {},\n  "queues": {,}\n}');
  await expect(page.getByText(/^Line 3, column 14: .*The form keeps the last valid scope\.$/)).toBeVisible();
  await json.fill('{\n  "tunnels": {\n    "ports": ["80", "http"]\n  }\n}');
  await expect(page.getByText(/^Line 3, column 21 \(tunnels\.ports\.1\): must be a port number/)).toBeVisible();

  await page.getByRole("tab", { name: "Form" }).click();
  await expect(section(page, "storage").getByRole("switch", { name: "Storage grant" })).toBeChecked();
  await expect(section(page, "llm").getByRole("switch", { name: "LLM grant" })).toBeChecked();
  await expect(section(page, "tunnels").getByRole("switch", { name: "Tunnels grant" })).not.toBeChecked();
  await section(page, "storage").getByRole("button", { name: "Storage" }).click();
  await expect(section(page, "storage").getByLabel("Storage path 1", { exact: true })).toHaveValue("/data");

  await page.getByRole("tab", { name: "JSON" }).click();
  await page.getByRole("radio", { name: "Full, with nulls (Python)" }).check();
  await expect(page.getByLabel("Scope (JSON)")).toHaveValue(/"admin": null/);
});

test("warns, at the field, about a read-only path after a broader writable one", async ({ page, admin, user }) => {
  await openNewGrant(page, admin, user.api, user.token);
  const storage = section(page, "storage");
  await storage.getByRole("switch", { name: "Storage grant" }).click();
  await storage.getByRole("button", { name: "Add storage path (Storage paths)" }).click();
  await storage.getByLabel("Storage path 1", { exact: true }).fill("/data");
  await storage.getByRole("button", { name: "Add storage path (Storage paths)" }).click();
  await storage.getByLabel("Storage path 2", { exact: true }).fill("/data/private");
  await storage.getByRole("checkbox", { name: "Read-only (storage path 2)" }).check();
  const warning = storage.getByText('"/data/private" is shadowed by "/data" (entry 1)');
  await expect(warning).toBeVisible();
  await expect(storage.getByText("1 warning")).toBeVisible();

  // Moving the narrower path first is the fix.
  await storage.getByRole("button", { name: "Move storage path 2 up" }).click();
  await expect(warning).toHaveCount(0);
  await expect(storage.getByLabel("Storage path 1", { exact: true })).toHaveValue("/data/private");

  await storage.getByLabel("Storage path 2", { exact: true }).fill("");
  await expect(storage.getByText("Must not be empty")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create grant" })).toBeDisabled();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the editor passes axe with every section expanded (${colorScheme})`, async ({ page, admin, user }) => {
    await page.emulateMedia({ colorScheme });
    await openNewGrant(page, admin, user.api, user.token);
    await page.getByRole("tab", { name: "JSON" }).click();
    const rich = {
      livekit: { breakout_rooms: ["side"] },
      queues: { send: ["jobs"] },
      messaging: { broadcast: false },
      dataset: { tables: [{ name: "events", namespace: ["app"], write: true }] },
      sqlite: { databases: [{ name: "main", tables: [{ database: "main", table: "users" }] }] },
      memory: { memories: [{ name: "notes", permissions: { drop: false } }] },
      sync: { paths: [{ path: "/docs/*" }] },
      storage: { paths: [{ path: "/data", read_only: true }] },
      containers: { pull: ["ghcr.io/acme/*"], registry: { pull: ["acme/*"] } },
      developer: {},
      agents: { allowed_toolkits: ["search"] },
      llm: { models: ["openai/gpt-4o"] },
      admin: { config: false },
      secrets: { request_oauth_token: [{ endpoint: "https://auth.example.com/token", client_id: "abc" }] },
      tunnels: { ports: ["8080"] },
      services: {},
    };
    await page.getByLabel("Scope (JSON)").fill(JSON.stringify(rich, null, 2));
    await page.getByRole("tab", { name: "Form" }).click();
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect(page.getByLabel("Endpoint 1", { exact: true })).toHaveValue("https://auth.example.com/token");
    await expectNoSeriousViolations(page, `scope editor (${colorScheme})`);
  });
}

test("keyboard alone: switch storage on, add a path, create the grant", async ({ page, admin, user }) => {
  const { project, room, guestId } = await openNewGrant(page, admin, user.api, user.token);
  const storage = section(page, "storage");
  await page.getByRole("button", { name: "Expand all" }).focus();
  await tabTo(page, storage.getByRole("switch", { name: "Storage grant" }), 60);
  await page.keyboard.press("Space");
  await tabTo(page, storage.getByRole("radio", { name: "Everywhere (read and write)" }));
  await page.keyboard.press("ArrowDown");
  await expect(storage.getByRole("radio", { name: "Only these paths" })).toBeChecked();
  await tabTo(page, storage.getByRole("button", { name: "Add storage path (Storage paths)" }));
  await page.keyboard.press("Enter");
  await expect(storage.getByLabel("Storage path 1", { exact: true })).toBeFocused();
  await page.keyboard.type("/shared");
  await tabTo(page, page.getByRole("button", { name: "Create grant" }), 80);
  await page.keyboard.press("Enter");
  // Writing storage is sensitive: the new grant is reviewed, and consent is given by keyboard too.
  const review = page.getByRole("dialog", { name: "Review the new grant" });
  await tabTo(page, review.getByLabel("I understand, and want to give this access"));
  await page.keyboard.press("Space");
  await tabTo(page, review.getByRole("button", { name: "Create grant" }));
  await page.keyboard.press("Enter");
  await expect(toasts(page).getByText(/Access granted to/)).toBeVisible();
  const stored = await user.api.getRoomGrant(project.id, room.id, guestId);
  expect(toCompact(stored.permissions)).toEqual({ storage: { paths: [{ path: "/shared" }] } });
});
