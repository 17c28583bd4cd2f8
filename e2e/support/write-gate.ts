import type { Page } from "@playwright/test";

/**
 * Lets the first `passing` grant writes through to the real server, then holds the next ones (they still reach
 * it, later) until `release()`: so a test can act half way through a bulk run however fast the machine writes.
 */
export async function holdGrantWritesAfter(page: Page, passing: number): Promise<{ release: () => void }> {
  let release = () => {};
  const opened = new Promise<void>((done) => {
    release = done;
  });
  let writes = 0;
  await page.route("**/room-grants**", async (route) => {
    if (route.request().method() !== "GET" && ++writes > passing) await opened;
    await route.continue();
  });
  return { release };
}
