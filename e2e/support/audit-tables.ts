import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with the list of serious or critical axe violations on the page as it is. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

/** The text of each body row of a named table, header cells (`th`) included, once the table is shown. */
export async function bodyRows(page: Page, table: string): Promise<string[][]> {
  const found = page.getByRole("table", { name: table });
  await expect(found).toBeVisible();
  return found
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
}
