import type { Locator, Page } from "@playwright/test";
import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { connect, expect } from "../fixtures.ts";

// The grant matrix's bulk changes as a user makes them: select a member's column, describe the
// change (a preset, or a patch), and land on the preview, where a spec checks what will be written.

/** A patch as the Patch form offers it: add a read-only path, or turn a grant type on. */
export type ColumnPatch = { addPath: string } | { turnOn: string };

/** Signs in and opens the project's grant matrix. */
export async function openMatrix(page: Page, token: string, projectId: string): Promise<void> {
  await connect(page, token, { remember: true });
  await page.goto(`/project/${projectId}/grants`);
  await expect(page.getByRole("grid")).toBeVisible();
}

/** The column header's button: its name is the column's grant count, then "select column <e-mail>". */
export const columnButton = (page: Page, email: string) =>
  page.getByRole("button", { name: new RegExp(`: select column ${email.replace(/[.]/g, "\\.")}$`) });

export const bulkActions = (page: Page) => page.getByRole("region", { name: "Bulk actions" });

/** The open bulk preview (also the undo's). */
export const bulkPreview = (page: Page) => page.getByRole("dialog").filter({ has: page.getByTestId("bulk-preview") });

/** Selects the member's column, sets `preset` on its `cells` cells and opens the preview. */
export async function previewPresetOnColumn(page: Page, email: string, preset: string, cells: number) {
  await columnButton(page, email).click();
  await bulkActions(page).getByRole("button", { name: "Set scope…" }).click();
  const editor = page.getByRole("dialog", { name: "Set a scope on the selected cells" });
  await editor.getByRole("button", { name: preset, exact: true }).click();
  await editor.getByRole("button", { name: `Preview for ${cells} cells` }).click();
  return bulkPreview(page);
}

/** Selects the member's column, fills the Patch form with `patch` and opens the preview. */
export async function previewPatchOnColumn(page: Page, email: string, patch: ColumnPatch): Promise<Locator> {
  await columnButton(page, email).click();
  await bulkActions(page).getByRole("button", { name: "Patch…" }).click();
  const form = page.getByRole("dialog", { name: "Patch the selected grants" });
  if ("addPath" in patch) {
    await form.getByLabel("Path").fill(patch.addPath);
  } else {
    await form.getByLabel("Change").selectOption({ label: "Turn a grant type on" });
    await form.getByLabel("Grant").selectOption({ label: patch.turnOn });
  }
  await form.getByRole("button", { name: "Preview" }).click();
  return bulkPreview(page);
}

/** Applies the `count` changes a preview lists and waits until all are written. */
export async function applyAll(preview: Locator, count: number): Promise<void> {
  await preview.getByRole("button", { name: `Apply ${count} changes` }).click();
  await expect(preview.getByRole("status")).toHaveText(`${count} applied.`);
}

/** The member's grant in the room as the server has it, or null when there is none. */
export async function grantOf(
  api: Meshagent,
  projectId: string,
  roomId: string,
  userId: string,
): Promise<ApiScope | null> {
  try {
    return (await api.getRoomGrant(projectId, roomId, userId)).permissions;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
