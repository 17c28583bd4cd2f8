import { defineConfig, devices } from "@playwright/test";

// The e2e suite starts the real server (`npm start`: build if needed, then serve) on a fresh
// in-memory database, and seeds it through the API with the typed client.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8797);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";
/** Small, so the storage spec can send a file over it quickly. */
export const E2E_UPLOAD_LIMIT = 8 * 1024 * 1024;

export default defineConfig({
  testDir: "e2e",
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Journeys that build a scope through several dialogs take 10–20 s; the margin keeps a busy 2-core machine from failing them.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npm start",
    url: `${E2E_BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(E2E_PORT),
      HOST: "127.0.0.1",
      MESHAGENT_DB: ":memory:",
      MESHAGENT_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      MESHAGENT_UPLOAD_LIMIT: String(E2E_UPLOAD_LIMIT),
    },
  },
});
