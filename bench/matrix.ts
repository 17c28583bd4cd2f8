// The grant matrix at scale, in Chromium against the built console and a seeded local server
// (2,000 rooms, 5,000 members, 50,000 grants): time from navigation to the first screen of filled
// cells, DOM cells at rest and while scrolling, the longest main-thread task and the total blocking
// time during a scripted scroll across 500 rooms and 1,000 members, and the JS heap after it; then
// the bulk rows of bench/matrix-bulk.ts (1,000 grants). Needs `npm run build` first: `npm run bench:matrix`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { launchChromium, openConsole } from "./browser.ts";
import { measureBulk } from "./matrix-bulk.ts";
import { seedLarge } from "./seed-large.ts";
import { printTargets, startServer, stopServer, type TargetRow } from "./start-server.ts";

const TOKEN = "bench-admin-token";
const ROW_H = 30; // features/grants/matrix/matrix-geometry.ts
const CELL_W = 64;

// Runs in the page (as text: the Node tsconfig has no DOM types). Long tasks come from the
// PerformanceObserver; TBT sums each one's time past 50 ms.
const scrollScript = `({ dy, dx, frames }) => new Promise((done) => {
  const grid = document.querySelector('[role="grid"]');
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  observer.observe({ type: "longtask" });
  let maxCells = 0;
  let frame = 0;
  const step = () => {
    grid.scrollTop += dy;
    grid.scrollLeft += dx;
    maxCells = Math.max(maxCells, grid.querySelectorAll('[role="gridcell"]').length);
    if (++frame < frames) requestAnimationFrame(step);
    else setTimeout(() => {
      observer.disconnect();
      done({ longest: Math.max(0, ...tasks), tbt: tasks.reduce((s, d) => s + Math.max(0, d - 50), 0), maxCells });
    }, 300);
  };
  requestAnimationFrame(step);
})`;

/** Scrolls the grid across `rooms` rows and `members` columns in `frames` animation frames. */
async function scrollAcross(page: Page, rooms: number, members: number, frames: number) {
  const args = JSON.stringify({ dy: (rooms * ROW_H) / frames, dx: (members * CELL_W) / frames, frames });
  return (await page.evaluate(`(${scrollScript})(${args})`)) as { longest: number; tbt: number; maxCells: number };
}

async function measureMatrix(origin: string, projectId: string): Promise<TargetRow[]> {
  const browser = await launchChromium();
  try {
    const page = await openConsole(browser, origin, TOKEN);

    // First filled screen: from navigation until the cells on screen show the grants of the first rooms.
    const started = Date.now();
    await page.goto(`${origin}/project/${projectId}/grants`);
    await page.waitForFunction(
      `document.querySelectorAll('[role="gridcell"]:not([data-level="empty"])').length > 0`,
      undefined,
      {
        polling: "raf",
        timeout: 30_000,
      },
    );
    const firstScreen = Date.now() - started;
    await page.getByText(/Reading grants/).waitFor({ state: "detached", timeout: 60_000 });
    const atRest = await page.locator('[role="gridcell"]').count();
    const scroll = await scrollAcross(page, 500, 1_000, 240);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const heapMb = usedSize / 1024 / 1024;
    return [
      {
        measure: "navigation → first screen of filled cells",
        value: `${firstScreen} ms`,
        target: "≤ 1000 ms",
        met: firstScreen <= 1000,
      },
      { measure: "grid cells in the DOM at rest", value: String(atRest), target: "≤ 2500", met: atRest <= 2500 },
      {
        measure: "grid cells in the DOM while scrolling (max)",
        value: String(scroll.maxCells),
        target: "≤ 2500",
        met: scroll.maxCells <= 2500,
      },
      {
        measure: "longest task, scroll across 500 rooms × 1,000 members",
        value: `${Math.round(scroll.longest)} ms`,
        target: "≤ 50 ms",
        met: scroll.longest <= 50,
      },
      {
        measure: "total blocking time during that scroll",
        value: `${Math.round(scroll.tbt)} ms`,
        target: "–",
        met: true,
      },
      {
        measure: "JS heap after it (after GC)",
        value: `${heapMb.toFixed(1)} MB`,
        target: "≤ 150 MB",
        met: heapMb <= 150,
      },
    ];
  } finally {
    await browser.close();
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "meshagent-admin-matrix-bench-"));
  const dbFile = join(work, "bench.db");
  const t = Date.now();
  const large = seedLarge(dbFile, TOKEN);
  const small = seedLarge(dbFile, TOKEN, { rooms: 50, users: 20, grants: 1_000 }, "bulk.bench.local");
  console.log(`Seeded 2,000 rooms, 5,000 members, 50,000 grants (and 1,000 for the bulk rows) in ${Date.now() - t} ms`);
  const { child, origin } = await startServer({ dbFile, storage: join(work, "storage"), token: TOKEN });
  try {
    const rows = [
      ...(await measureMatrix(origin, large.projectId)),
      ...(await measureBulk(origin, small.projectId, TOKEN)),
    ];
    printTargets(rows);
  } finally {
    await stopServer(child, work);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
