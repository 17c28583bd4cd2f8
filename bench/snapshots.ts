// Audit snapshots at scale, in Chromium against the built console and a seeded local server (2,000
// rooms, 5,000 members, 50,000 grants): "Save snapshot" until the download, then loading that file
// with 5,000 grants changed and 1,000 removed until the changes are on screen (this reads the index
// again first), each with its longest main-thread task. Needs `npm run build`: `npm run bench:snapshots`.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { launchChromium, longTasksSince, openConsole, recordLongTasks } from "./browser.ts";
import { seedLarge } from "./seed-large.ts";
import { printTargets, startServer, stopServer, type TargetRow } from "./start-server.ts";

const TOKEN = "bench-admin-token";

async function timed(page: Page, action: () => Promise<unknown>) {
  const since = (await page.evaluate("performance.now()")) as number;
  const started = Date.now();
  await action();
  const ms = Date.now() - started;
  await page.waitForTimeout(300);
  const { longest, tbt } = await longTasksSince(page, since);
  return { ms, longest: Math.round(longest), tbt: Math.round(tbt) };
}

/** The saved file with `changed` grants given another grant's scope and the last `removed` taken out. */
function alter(text: string, changed: number, removed: number): string {
  const file = JSON.parse(text) as { grants: { scope: unknown }[] };
  const scopes = [...new Set(file.grants.map((g) => JSON.stringify(g.scope)))];
  file.grants.slice(0, changed).forEach((g, i) => {
    const other = scopes.find((s) => s !== JSON.stringify(g.scope)) ?? "{}";
    if (i % 2 === 0) g.scope = JSON.parse(other);
  });
  file.grants.splice(file.grants.length - removed, removed);
  return JSON.stringify(file);
}

async function measure(origin: string, projectId: string, work: string): Promise<TargetRow[]> {
  const browser = await launchChromium();
  try {
    const page = await openConsole(browser, origin, TOKEN);
    await recordLongTasks(page);
    await page.goto(`${origin}/project/${projectId}/audit?view=snapshots`);
    await page.getByRole("button", { name: "Save snapshot" }).waitFor({ timeout: 120_000 });

    let path = "";
    const save = await timed(page, async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Save snapshot" }).click(),
      ]);
      path = (await download.path()) ?? "";
    });
    const altered = join(work, "altered.json");
    writeFileSync(altered, alter(readFileSync(path, "utf8"), 10_000, 1_000));
    const load = await timed(page, async () => {
      await page.getByLabel("Load a snapshot to compare").setInputFiles(altered);
      await page.getByText(/grants changed:/).waitFor({ timeout: 120_000 });
    });
    const counts = await page.getByTestId("snapshot-counts").textContent();
    const mb = (statSync(path).size / 1024 / 1024).toFixed(1);
    console.log(`Saved ${mb} MB; compared: ${counts}`);
    return [
      {
        measure: "Save snapshot → download (50,000 grants)",
        value: `${save.ms} ms`,
        target: "≤ 1000 ms",
        met: save.ms <= 1000,
      },
      {
        measure: "longest task while saving",
        value: `${save.longest} ms`,
        target: "≤ 500 ms",
        met: save.longest <= 500,
      },
      {
        measure: "load file → changes on screen (incl. re-reading the index)",
        value: `${load.ms} ms`,
        target: "≤ 5000 ms",
        met: load.ms <= 5000,
      },
      {
        measure: "longest task while loading and comparing",
        value: `${load.longest} ms`,
        target: "≤ 500 ms",
        met: load.longest <= 500,
      },
      { measure: "total blocking time while loading and comparing", value: `${load.tbt} ms`, target: "–", met: true },
    ];
  } finally {
    await browser.close();
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "meshagent-admin-snapshots-bench-"));
  const large = seedLarge(join(work, "bench.db"), TOKEN);
  const { child, origin } = await startServer({
    dbFile: join(work, "bench.db"),
    storage: join(work, "storage"),
    token: TOKEN,
  });
  try {
    printTargets(await measure(origin, large.projectId, work));
  } finally {
    await stopServer(child, work);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
