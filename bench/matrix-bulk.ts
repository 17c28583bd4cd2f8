// The grant matrix's bulk change, in Chromium against the built console and a seeded local server
// (1,000 grants: 50 rooms × 20 members). Measures the time from "Select everything matching" to a
// ready preview of a patch over every grant (target ≤ 1 s), and the grants applied per second when
// it is applied (target ≥ 100/s), with the CPU each grant cost the server and Chromium and the load
// average (wall time on a shared machine says more about the others than about us). Needs
// `npm run build` first. Run with `npm run bench:matrix-bulk`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, openConsole } from "./browser.ts";
import { cpuSecondsOf } from "./load.ts";
import { cpuSecondsOfAll, loadAverage, processTree } from "./process-tree.ts";
import { seedLarge } from "./seed-large.ts";
import { printTargets, startServer, stopServer, type TargetRow } from "./start-server.ts";

const TOKEN = "bench-admin-token";
const GRANTS = 1_000;
const TARGET_PREVIEW_MS = 1_000;
const TARGET_RATE = 100;

/** Opens the matrix of a seeded project at `origin` and measures the bulk patch; returns table rows. */
export async function measureBulk(
  origin: string,
  projectId: string,
  token: string,
  /** The server's process id, to report its CPU per grant. */
  serverPid?: number,
): Promise<TargetRow[]> {
  const browser = await launchChromium();
  try {
    const page = await openConsole(browser, origin, token);
    await page.goto(`${origin}/project/${projectId}/grants`);
    await page.getByRole("grid").waitFor();
    await page.waitForLoadState("networkidle");

    const selected = Date.now();
    await page.getByRole("button", { name: "Select everything matching" }).click();
    const bar = page.getByRole("region", { name: "Bulk actions" });
    await bar.getByRole("button", { name: "Patch…" }).click();
    await page.getByLabel("Path").fill("/team");
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("dialog").filter({ has: page.getByTestId("bulk-preview") });
    await preview.getByRole("list", { name: "Grants to write" }).waitFor();
    const previewMs = Date.now() - selected;

    const counts = (await preview.getByTestId("bulk-counts").textContent()) ?? "";
    const apply = preview.getByRole("button", { name: /^Apply \d+ changes?$/ });
    const changes = Number(/\d+/.exec((await apply.textContent()) ?? "")?.[0]);
    // Chromium's processes are the bench's descendants (the bench's own CPU is not counted).
    const browserPids = processTree(process.pid).filter((pid) => pid !== process.pid);
    const cpuBefore = { server: cpuSecondsOf(serverPid) ?? 0, browser: cpuSecondsOfAll(browserPids) };
    const started = Date.now();
    await apply.click();
    await preview.getByRole("status").filter({ hasText: "applied" }).waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - started) / 1000;
    const report = (await preview.getByRole("status").textContent()) ?? "";
    if (report !== `${changes} applied.`) throw new Error(`apply reported "${report}" (${counts})`);
    const rate = changes / seconds;
    const perGrant = (cpu: number) => `${((cpu * 1000) / changes).toFixed(1)} ms`;
    const serverCpu = perGrant((cpuSecondsOf(serverPid) ?? 0) - cpuBefore.server);
    const browserCpu = perGrant(cpuSecondsOfAll(browserPids) - cpuBefore.browser);
    return [
      {
        measure: `"Select everything matching" → preview of a patch over ${changes} grants`,
        value: `${previewMs} ms`,
        target: `≤ ${TARGET_PREVIEW_MS} ms`,
        met: previewMs <= TARGET_PREVIEW_MS,
      },
      {
        measure: `grants applied per second (${changes} in ${seconds.toFixed(2)} s, each room read once, each grant written)`,
        value: `${Math.round(rate)}/s`,
        target: `≥ ${TARGET_RATE}/s`,
        met: rate >= TARGET_RATE,
      },
      {
        measure: `CPU per grant applied: server, Chromium (all processes) — load average ${loadAverage()}`,
        value: serverPid === undefined ? browserCpu : `${serverCpu}, ${browserCpu}`,
        target: "–",
        met: true,
      },
    ];
  } finally {
    await browser.close();
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "meshagent-admin-bulk-bench-"));
  const dbFile = join(work, "bench.db");
  const seed = seedLarge(dbFile, TOKEN, { rooms: 50, users: 20, grants: GRANTS });
  const { child, origin } = await startServer({ dbFile, storage: join(work, "storage"), token: TOKEN });
  try {
    const rows = await measureBulk(origin, seed.projectId, TOKEN, child.pid);
    printTargets(rows);
  } finally {
    await stopServer(child, work);
  }
}

if (process.argv[1] === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
