import { parseScope } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { expect, failedRequest, seedRooms, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import {
  bulkActions,
  bulkPreview,
  columnButton,
  grantOf,
  openMatrix,
  openSeededMatrix,
} from "./support/grant-matrix.ts";
import { applyAll, previewPatchOnColumn, previewPresetOnColumn } from "./support/grant-matrix-bulk.ts";
import { seedProject } from "./support/seed-project.ts";
import { holdGrantWritesAfter } from "./support/write-gate.ts";

const annAlpha = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] }, queues: { send: ["jobs"] } });
const annBeta = parseScope({ llm: { models: ["openai/*"] }, tunnels: { ports: ["8080"] } });

/** Rooms alpha, beta, gamma; ann holds grants in alpha and beta, bob holds none. */
const bulk = {
  name: "Bulk",
  rooms: ["alpha", "beta", "gamma"],
  members: ["ann", "bob"],
  grants: [
    ["alpha", "ann", annAlpha],
    ["beta", "ann", annBeta],
  ],
} as const;

const dialogOnly = { include: '[role="dialog"]' };

test("a preset set on a column goes through the preview, asks consent for sensitive access, and is written", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await openSeededMatrix(page, admin, user, bulk);
  const dialog = await previewPresetOnColumn(page, s.bob.email, "Agent default", 3);
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "3 grants to create, 0 to change, 0 to delete; 0 unchanged.",
  );
  await expect(dialog.getByRole("region", { name: "Sensitive access" })).toContainText(
    `Gain secrets (3): ${s.bob.email} in alpha`,
  );
  await expect(dialog.getByRole("list", { name: "Grants to write" }).getByRole("listitem")).toHaveCount(3);
  const apply = dialog.getByRole("button", { name: "Apply 3 changes" });
  await expect(apply).toBeDisabled();
  await expectNoSeriousViolations(page, "the bulk preview", dialogOnly);
  await dialog.getByLabel("I understand, and want to give this sensitive access").check();
  await apply.click();
  await expect(dialog.getByRole("status")).toHaveText("3 applied.");
  for (const room of [s.alpha, s.beta, s.gamma]) {
    expect(await grantOf(user.api, s.project.id, room.id, s.bob.id)).toEqual(presets.agentDefault());
  }
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("gridcell", { name: new RegExp(`^gamma, ${s.bob.email}: (?!no grant)`) })).toBeVisible();
});

test("a bulk patch keeps each grant's other fields and another admin's later edit; undo restores them exactly", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  await page.emulateMedia({ colorScheme: "dark" });
  const s = await openSeededMatrix(page, admin, user, bulk);
  // Another admin edits ann's grant in alpha after the page loaded.
  const edited = { ...annAlpha, messaging: parseScope({ messaging: {} }).messaging };
  await user.api.updateRoomGrant(s.project.id, { roomId: s.alpha.id, userId: s.ann.id, permissions: edited });

  const dialog = await previewPatchOnColumn(page, s.ann.email, { addPath: "/shared" });
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "1 grant to create, 2 to change, 0 to delete; 0 unchanged.",
  );
  await expectNoSeriousViolations(page, "the bulk preview (dark)", dialogOnly);
  await applyAll(dialog, 3);

  const shared = { path: "/shared", read_only: true };
  expect(await grantOf(user.api, s.project.id, s.alpha.id, s.ann.id)).toEqual({
    ...edited,
    storage: { paths: [{ path: "/data", read_only: true }, shared] },
  });
  expect(await grantOf(user.api, s.project.id, s.beta.id, s.ann.id)).toEqual({
    ...annBeta,
    storage: { paths: [shared] },
  });
  expect(await grantOf(user.api, s.project.id, s.gamma.id, s.ann.id)).toEqual({
    ...presets.none(),
    storage: { paths: [shared] },
  });
  await dialog.getByRole("button", { name: "Close" }).click();

  await bulkActions(page).getByRole("button", { name: "Undo last bulk change" }).click();
  const undo = bulkPreview(page);
  await expect(undo.getByTestId("bulk-counts")).toHaveText(
    "0 grants to create, 2 to change, 1 to delete; 0 unchanged.",
  );
  await applyAll(undo, 3);
  expect(await grantOf(user.api, s.project.id, s.alpha.id, s.ann.id)).toEqual(edited);
  expect(await grantOf(user.api, s.project.id, s.beta.id, s.ann.id)).toEqual(annBeta);
  expect(await grantOf(user.api, s.project.id, s.gamma.id, s.ann.id)).toBeNull();
});

test("cells the server refuses (the member was removed meanwhile) are reported with its reason and retried", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404), failedRequest(400));
  const s = await openSeededMatrix(page, admin, user, bulk);
  const dialog = await previewPatchOnColumn(page, s.bob.email, { turnOn: "Messaging" });
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "3 grants to create, 0 to change, 0 to delete; 0 unchanged.",
  );

  await user.api.removeMember(s.project.id, s.bob.id);
  await dialog.getByRole("button", { name: "Apply 3 changes" }).click();
  await expect(dialog.getByRole("status")).toHaveText("0 applied, 3 failed.");
  const failures = dialog.getByRole("list", { name: "Cells not written" });
  await expect(failures.getByRole("listitem")).toHaveCount(3);
  await expect(failures.getByRole("listitem").filter({ hasText: " in alpha:" })).toHaveText(
    `Failed: ${s.bob.email} in alpha: user_id: is not a member of this project`,
  );

  await user.api.addMember(s.project.id, s.bob.id, {});
  await dialog.getByRole("button", { name: "Retry 3 failed cells" }).click();
  await expect(dialog.getByRole("status")).toHaveText("3 applied.");
  for (const room of [s.alpha, s.beta, s.gamma]) {
    expect(await grantOf(user.api, s.project.id, room.id, s.bob.id)).toEqual(parseScope({ messaging: {} }));
  }
});

test("cancelling half way stops writing and leaves the matrix equal to the server", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await seedProject(admin, user.api, bulk);
  await seedRooms(user.api, s.project.id, 300);
  await openMatrix(page, user.token, s.project.id);
  const dialog = await previewPatchOnColumn(page, s.bob.email, { turnOn: "Messaging" });
  // Half way, whatever the machine's speed: the writes after the 40th wait until Cancel has been pressed.
  const gate = await holdGrantWritesAfter(page, 40);
  await dialog.getByRole("button", { name: "Apply 303 changes" }).click();
  await expect(dialog.getByRole("progressbar", { name: "Applying the change" })).toBeVisible();
  await expect(dialog.getByText("40 of 303 done")).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  gate.release();
  const status = dialog.getByRole("status");
  await expect(status).toContainText("not started");
  const applied = Number(/^(\d+) applied/.exec((await status.textContent()) ?? "")?.[1]);
  expect(applied).toBeGreaterThanOrEqual(40);
  expect(applied).toBeLessThan(303);
  const onServer = (await user.api.listRoomGrantsByUser(s.project.id, s.bob.id, { limit: 1 })).total;
  expect(onServer).toBe(applied);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(columnButton(page, s.bob.email)).toHaveAccessibleName(`${applied} grants: select column ${s.bob.email}`);
});
