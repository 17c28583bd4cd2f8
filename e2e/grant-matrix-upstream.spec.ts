import { type ChildProcess, spawn } from "node:child_process";
import { parseScope } from "#api/scope/forms.ts";
import { E2E_BASE_URL, E2E_PORT } from "../playwright.config.ts";
import { connect, expect, test } from "./fixtures.ts";
import { bulkPreview, escapeRegExp, matrixCell } from "./grant-matrix-locators.ts";

// The matrix uses only the REST API as Meshagent serves it: opened through a second server started
// with `--upstream` (the e2e server standing in for the real Meshagent), it reads and writes grants.

const PROXY_PORT = E2E_PORT + 100;
let proxy: ChildProcess | undefined;

test.beforeAll(async () => {
  proxy = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts", "--upstream", E2E_BASE_URL], {
    env: { ...process.env, PORT: String(PROXY_PORT), HOST: "127.0.0.1", MESHAGENT_DB: ":memory:" },
    stdio: "ignore",
  });
  await expect
    .poll(
      () =>
        fetch(`http://127.0.0.1:${PROXY_PORT}/healthz`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 30_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  proxy?.kill("SIGTERM");
});

test("through --upstream the matrix shows the grants and a bulk change is written upstream", async ({ page, user }) => {
  const project = await user.api.createProject("Upstream");
  const [alpha, beta] = await Promise.all(["alpha", "beta"].map((name) => user.api.createRoom(project.id, { name })));
  if (!alpha || !beta) throw new Error("seed failed");
  const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });
  await user.api.createRoomGrant(project.id, { roomId: alpha.id, userId: user.id, permissions: readData });

  await page.goto(`http://127.0.0.1:${PROXY_PORT}/connect`);
  await connect(page, user.token, { remember: true });
  await page.goto(`http://127.0.0.1:${PROXY_PORT}/project/${project.id}/grants`);
  await expect(matrixCell(page, "alpha", user.email)).toHaveAttribute("data-level", "limited");
  await page.getByRole("button", { name: new RegExp(`: select column ${escapeRegExp(user.email)}$`) }).click();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Patch…" }).click();
  const form = page.getByRole("dialog", { name: "Patch the selected grants" });
  await form.getByLabel("Path").fill("/shared");
  await form.getByRole("button", { name: "Preview" }).click();
  const dialog = bulkPreview(page);
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "1 grant to create, 1 to change, 0 to delete; 0 unchanged.",
  );
  await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await expect(dialog.getByRole("status")).toHaveText("2 applied.");
  const shared = { path: "/shared", read_only: true };
  expect((await user.api.getRoomGrant(project.id, alpha.id, user.id)).permissions.storage?.paths).toEqual([
    { path: "/data", read_only: true },
    shared,
  ]);
  expect((await user.api.getRoomGrant(project.id, beta.id, user.id)).permissions.storage?.paths).toEqual([shared]);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(matrixCell(page, "beta", user.email)).toHaveAttribute("data-level", "limited");
});
