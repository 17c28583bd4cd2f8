import { randomUUID } from "node:crypto";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { Meshagent } from "#api/client.ts";
import { E2E_ADMIN_TOKEN, E2E_BASE_URL } from "../playwright.config.ts";

export { expect };

export interface TestUser {
  /** The user's id, as the API knows them (what `whoami` would answer). */
  id: string;
  email: string;
  token: string;
  api: Meshagent;
}

interface Fixtures {
  /** The server admin's client, for seeding. */
  admin: Meshagent;
  /** A fresh user with their own token: sees only the projects a test gives them. */
  user: TestUser;
  /** Console errors a test expects (e.g. the browser's log line for a 401); anything else fails the test. */
  allowConsoleErrors: (...patterns: RegExp[]) => void;
}

export async function createUser(admin: Meshagent, label = "user"): Promise<TestUser> {
  const email = `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
  const created = await admin.createUser({ email, firstName: "E2E", lastName: label });
  const { token } = await admin.createUserToken(created.id, "e2e");
  return { id: created.id, email, token, api: new Meshagent({ baseUrl: E2E_BASE_URL, token }) };
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern
  admin: async ({}, use) => {
    await use(new Meshagent({ baseUrl: E2E_BASE_URL, token: E2E_ADMIN_TOKEN }));
  },
  user: async ({ admin }, use) => {
    await use(await createUser(admin));
  },
  allowConsoleErrors: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      await use((...patterns) => allowed.push(...patterns));
      expect(problems, "unexpected console errors or page errors").toEqual([]);
    },
    { auto: true },
  ],
});

/** The browser's own log line for a failed request with this status. */
export const failedRequest = (status: number) => new RegExp(`status of ${status}`);

/** Connects through the Connect screen and waits for the projects page. */
export async function connect(page: Page, token: string, options: { remember?: boolean } = {}): Promise<void> {
  if (!page.url().includes("/connect")) await page.goto("/connect");
  await page.getByLabel("Token").fill(token);
  if (options.remember) {
    // Click, then wait for the box's own state rather than trusting check()'s immediate re-read.
    const remember = page.getByLabel("Remember on this tab");
    await remember.click();
    await expect(remember).toBeChecked();
  }
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Connect to Meshagent");
}

/** Connects (remembered on this tab, so a reload keeps the session) and opens `path`. */
export async function signInAndOpen(page: Page, token: string, path: string): Promise<void> {
  await connect(page, token, { remember: true });
  await page.goto(path);
}

/** Creates `count` rooms named room-001, room-002, … a few at a time. */
export async function seedRooms(api: Meshagent, projectId: string, count: number): Promise<void> {
  const names = Array.from({ length: count }, (_, i) => `room-${String(i + 1).padStart(3, "0")}`);
  for (let i = 0; i < names.length; i += 25) {
    await Promise.all(names.slice(i, i + 25).map((name) => api.createRoom(projectId, { name })));
  }
}

/** Presses Tab until `target` has focus; fails if the keyboard cannot reach it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  const focused = () => target.evaluate((element) => element === document.activeElement).catch(() => false);
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await focused()) return;
  }
  throw new Error(`${target} was not reached with ${maxPresses} Tab presses`);
}

/** A new grant that gives sensitive access is reviewed first: consent, then create. */
export async function consentAndCreateGrant(page: Page): Promise<void> {
  const review = page.getByRole("dialog", { name: "Review the new grant" });
  await review.getByLabel("I understand, and want to give this access").check();
  await review.getByRole("button", { name: "Create grant" }).click();
}
