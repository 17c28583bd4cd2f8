import { expect, type Page } from "@playwright/test";

/** The text of each body row of a named table, header cells (`th`) included, once the table is shown. */
export async function bodyRows(page: Page, table: string): Promise<string[][]> {
  const found = page.getByRole("table", { name: table });
  await expect(found).toBeVisible();
  return found
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
}
