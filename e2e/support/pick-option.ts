import { expect, type Page } from "@playwright/test";

/** Picks `name` in the searchable picker labelled `label`: types it, then clicks its option. */
export async function pickOption(page: Page, label: string, name: string): Promise<void> {
  const box = page.getByRole("combobox", { name: label, exact: true });
  await box.fill(name);
  await page.getByRole("listbox", { name: label, exact: true }).getByRole("option", { name, exact: true }).click();
  await expect(box).toHaveValue(name);
}
