import type { Locator, Page } from "@playwright/test";
import { expect } from "../fixtures.ts";
import { bulkActions, bulkPreview, columnButton } from "./grant-matrix.ts";

// The grant matrix's bulk changes as a user makes them: select a member's column, describe the
// change (a preset, or a patch), and land on the preview, where a spec checks what will be written.

/** A patch as the Patch form offers it: add a read-only path, or turn a grant type on or off. */
export type Patch = { addPath: string } | { turnOn: string } | { turnOff: string };

/** Selects the member's column, sets `preset` on its `cells` cells and opens the preview. */
export async function previewPresetOnColumn(page: Page, email: string, preset: string, cells: number) {
  await columnButton(page, email).click();
  await bulkActions(page).getByRole("button", { name: "Set scope…" }).click();
  const editor = page.getByRole("dialog", { name: "Set a scope on the selected cells" });
  await editor.getByRole("button", { name: preset, exact: true }).click();
  await editor.getByRole("button", { name: `Preview for ${cells} cells` }).click();
  return bulkPreview(page);
}

/** Fills the Patch form with `patch` for the cells already selected and opens the preview. */
export async function previewPatch(page: Page, patch: Patch): Promise<Locator> {
  await bulkActions(page).getByRole("button", { name: "Patch…" }).click();
  const form = page.getByRole("dialog", { name: "Patch the selected grants" });
  if ("addPath" in patch) {
    await form.getByLabel("Path").fill(patch.addPath);
  } else {
    const on = "turnOn" in patch;
    await form.getByLabel("Change").selectOption({ label: on ? "Turn a grant type on" : "Turn a grant type off" });
    await form.getByLabel("Grant").selectOption({ label: on ? patch.turnOn : patch.turnOff });
  }
  await form.getByRole("button", { name: "Preview" }).click();
  return bulkPreview(page);
}

/** Selects the member's column, then patches it (`previewPatch`). */
export async function previewPatchOnColumn(page: Page, email: string, patch: Patch): Promise<Locator> {
  await columnButton(page, email).click();
  return previewPatch(page, patch);
}

/** Applies the `count` changes a preview lists and waits until all are written. */
export async function applyAll(preview: Locator, count: number): Promise<void> {
  await preview.getByRole("button", { name: `Apply ${count} changes` }).click();
  await expect(preview.getByRole("status")).toHaveText(`${count} applied.`);
}
