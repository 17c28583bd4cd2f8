import { expect, test } from "./fixtures.ts";
import { openNewGrant, grantSection as section } from "./support/scope-editor-page.ts";

test("with a blank storage path row, the overview still follows the form and marks the row it leaves out", async ({
  page,
  admin,
  user,
}) => {
  await openNewGrant(page, admin, user.api, user.token);
  const storage = section(page, "storage");
  await storage.getByRole("switch", { name: "Storage grant" }).click();
  await storage.getByRole("radio", { name: "Only these paths" }).check();
  await storage.getByRole("button", { name: "Add storage path (Storage paths)" }).click();
  await storage.getByLabel("Storage path 1", { exact: true }).fill("/data");
  await storage.getByRole("checkbox", { name: "Read-only (storage path 1)" }).check();
  await storage.getByRole("button", { name: "Add storage path (Storage paths)" }).click();
  await expect(storage.getByText("Must not be empty")).toBeVisible();

  for (const [name, label] of [
    ["messaging", "Messaging"],
    ["dataset", "Dataset"],
    ["tunnels", "Tunnels"],
  ] as const) {
    await section(page, name)
      .getByRole("switch", { name: `${label} grant` })
      .click();
  }

  await expect(page.getByTestId("preset-label")).toHaveText(
    "none + messaging + dataset + storage (read-only), +1 more",
  );
  await expect(page.getByTestId("scope-summary").getByRole("listitem")).toHaveText([
    "Messaging: can send, broadcast and list participants",
    "Dataset: can use any table and list tables",
    "Storage: can read everything under /data, write nowhere",
    "Tunnels: can open tunnels on all ports",
  ]);
  await expect(page.getByRole("list", { name: "Left out until fixed" })).toHaveText(
    "Left out, incomplete: Storage path 2 (must not be empty)",
  );

  await storage.getByLabel("Storage path 2", { exact: true }).fill("/data/reports");
  await expect(page.getByRole("list", { name: "Left out until fixed" })).toHaveCount(0);
  await expect(page.getByTestId("scope-summary")).toContainText(
    "Storage: can read everything under /data and /data/reports, write nowhere",
  );
});
