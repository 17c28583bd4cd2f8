import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Runs axe on the page as it is (or only on the part `include` selects, e.g. an open dialog) and
 * fails on any serious or critical violation, naming them.
 */
export async function expectNoSeriousViolations(
  page: Page,
  label: string,
  options: { include?: string } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (options.include) builder.include(options.include);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(" ")}: ${n.any[0]?.message ?? ""}`).join(", ")}`,
    );
  expect(serious, `axe on ${label}`).toEqual([]);
}
