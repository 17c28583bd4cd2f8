import { E2E_UPLOAD_LIMIT } from "../playwright.config.ts";
import { connect, expect, failedRequest, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

// a11y.spec.ts checks these pages empty; here they hold data, errors and their dialogs.
for (const colorScheme of ["light", "dark"] as const) {
  test(`the storage page with files, a failed upload and its dialogs passes axe in the ${colorScheme} theme`, async ({
    page,
    user,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(failedRequest(413));
    await page.emulateMedia({ colorScheme });
    const project = await user.api.createProject("Accessible files");
    await user.api.upload(project.id, "docs/kept.txt", new TextEncoder().encode("kept"));
    await connect(page, user.token, { remember: true });
    await page.goto(`/project/${project.id}/storage?dir=docs`);
    const row = page.getByRole("region", { name: "Stored files" }).getByRole("row", { name: /kept\.txt/ });
    await expect(row).toBeVisible();

    await page
      .getByLabel("Choose files")
      .setInputFiles([
        { name: "big.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(E2E_UPLOAD_LIMIT + 1) },
      ]);
    await expect(page.getByRole("listitem", { name: "Upload docs/big.bin" })).toContainText("Failed");
    await page.getByLabel("Download by path").fill("a//b.txt");
    await expect(page.getByText("Must not have empty segments")).toBeVisible();
    await expectNoSeriousViolations(page, "Storage with a failed upload and a bad path");

    await page
      .getByLabel("Choose files")
      .setInputFiles([{ name: "kept.txt", mimeType: "text/plain", buffer: Buffer.from("x") }]);
    await expect(page.getByRole("dialog")).toContainText("docs/kept.txt");
    await expectNoSeriousViolations(page, "Storage: replace a file?");
    await page.getByRole("button", { name: "Cancel" }).click();

    await row.getByRole("button", { name: "Delete kept.txt" }).click();
    await expect(page.getByRole("dialog")).toContainText("docs/kept.txt");
    await expectNoSeriousViolations(page, "Storage: delete a file?");
  });

  test(`the API keys page with a key and its dialogs passes axe in the ${colorScheme} theme`, async ({
    page,
    user,
  }) => {
    await page.emulateMedia({ colorScheme });
    const project = await user.api.createProject("Accessible keys");
    await user.api.createApiKey(project.id, "ci", "Deploys");
    await connect(page, user.token, { remember: true });
    await page.goto(`/project/${project.id}/api-keys`);
    await expect(page.getByRole("row", { name: /ci/ })).toBeVisible();
    await expectNoSeriousViolations(page, "API keys with a key");

    await page.getByRole("button", { name: "New API key" }).click();
    const dialog = page.getByRole("dialog", { name: "New API key" });
    await dialog.getByRole("button", { name: "Create key" }).click();
    await expect(dialog.getByText("Must not be empty")).toBeVisible();
    await expectNoSeriousViolations(page, "New API key, with an error");
    await dialog.getByLabel("Name").fill("second");
    await dialog.getByRole("button", { name: "Create key" }).click();
    await expect(page.getByRole("dialog")).toContainText("it is shown only this once");
    await expectNoSeriousViolations(page, "API key created");
    await page.getByRole("button", { name: "Done" }).click();

    await page.getByRole("button", { name: "Delete ci" }).click();
    await expect(page.getByRole("dialog", { name: "Delete this API key?" })).toBeVisible();
    await expectNoSeriousViolations(page, "Delete API key");
  });
}
