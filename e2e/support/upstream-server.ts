import { type ChildProcess, spawn } from "node:child_process";
import { expect } from "@playwright/test";
import { E2E_BASE_URL } from "../../playwright.config.ts";

/**
 * A second server started with `--upstream`, the e2e server standing in for the real Meshagent: what the
 * console does through it, it does through the REST API alone. Answers once it is up; `stop` ends it.
 */
export async function startUpstreamServer(port: number): Promise<{ url: string; stop: () => void }> {
  const proxy: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "src/server/main.ts", "--upstream", E2E_BASE_URL],
    {
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", MESHAGENT_DB: ":memory:" },
      stdio: "ignore",
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      () =>
        fetch(`${url}/healthz`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 30_000 },
    )
    .toBe(200);
  return { url, stop: () => proxy.kill("SIGTERM") };
}
