import { parseScope } from "#api/scope/forms.ts";
import { E2E_PORT } from "../playwright.config.ts";
import { connect, expect, test } from "./fixtures.ts";
import { matrixCell } from "./support/grant-matrix.ts";
import { applyAll, previewPatchOnColumn } from "./support/grant-matrix-bulk.ts";
import { startUpstreamServer } from "./support/upstream-server.ts";

// The matrix uses only the REST API as Meshagent serves it: opened through a second server started
// with `--upstream` (the e2e server standing in for the real Meshagent), it reads and writes grants.

const PROXY_PORT = E2E_PORT + 100;
let proxy: { stop: () => void } | undefined;

test.beforeAll(async () => {
  proxy = await startUpstreamServer(PROXY_PORT);
});

test.afterAll(() => {
  proxy?.stop();
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
  const dialog = await previewPatchOnColumn(page, user.email, { addPath: "/shared" });
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "1 grant to create, 1 to change, 0 to delete; 0 unchanged.",
  );
  await applyAll(dialog, 2);
  const shared = { path: "/shared", read_only: true };
  expect((await user.api.getRoomGrant(project.id, alpha.id, user.id)).permissions.storage?.paths).toEqual([
    { path: "/data", read_only: true },
    shared,
  ]);
  expect((await user.api.getRoomGrant(project.id, beta.id, user.id)).permissions.storage?.paths).toEqual([shared]);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(matrixCell(page, "beta", user.email)).toHaveAttribute("data-level", "limited");
});
