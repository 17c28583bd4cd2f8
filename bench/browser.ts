// What the browser benches share: Chromium as they launch it, signing the console in, and the
// main thread's long tasks as the page records them.
import { type Browser, chromium, type Page } from "@playwright/test";

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info"],
  });
}

/** A page (1400 × 900) of the console at `origin`, signed in with `token` (remembered on the tab). */
export async function openConsole(browser: Browser, origin: string, token: string): Promise<Page> {
  // The console's CSP forbids evaluating strings; the measuring scripts are strings (no DOM types in Node).
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  await page.goto(`${origin}/connect`);
  await page.getByLabel("Token").fill(token);
  await page.getByLabel("Remember on this tab").check();
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/connect"));
  return page;
}

/** Records every long task from the page's start (run before navigating): `longTasksSince` reads them. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  `);
}

/** The longest task and the total blocking time (each task's time past 50 ms) since `since` (page time, ms). */
export async function longTasksSince(page: Page, since = 0): Promise<{ longest: number; tbt: number }> {
  const tasks = (await page.evaluate("window.__longTasks")) as [number, number][];
  const durations = tasks.filter(([start]) => start >= since).map(([, duration]) => duration);
  return {
    longest: Math.max(0, ...durations),
    tbt: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
  };
}
