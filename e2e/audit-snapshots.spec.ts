import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { Meshagent } from "#api/client.ts";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { connect, createUser, expect, failedRequest, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

const labScope = { storage: { paths: [{ path: "/data" }, { path: "/tmp", read_only: true }] }, llm: {} };
const opsScope = { messaging: {}, queues: { send: ["jobs"] } };

// Two rooms, two members, three grants.
async function seedProject(owner: Meshagent, admin: Meshagent) {
  const project = await owner.createProject("Snapshotted");
  const [ann, bob] = await Promise.all([createUser(admin, "ann"), createUser(admin, "bob")]);
  const [annId = "", bobId = ""] = await Promise.all([ann, bob].map(async (u) => (await u.api.whoami()).id));
  for (const id of [annId, bobId]) await owner.addMember(project.id, id);
  const lab = await owner.createRoom(project.id, { name: "lab" });
  const ops = await owner.createRoom(project.id, { name: "ops" });
  const grant = (roomId: string, userId: string, scope: Record<string, unknown>) =>
    owner.createRoomGrant(project.id, { roomId, userId, permissions: parseScope(scope) });
  await grant(lab.id, annId, labScope);
  await grant(lab.id, bobId, opsScope);
  await grant(ops.id, annId, opsScope);
  return { project, ann: { id: annId, email: ann.email }, bob: { id: bobId, email: bob.email }, lab, ops };
}

async function saveSnapshot(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save snapshot" }).click(),
  ]);
  return { name: download.suggestedFilename(), path: (await download.path()) ?? "" };
}

test("save a snapshot, change a grant, see exactly that change, restore it", async ({ page, user, admin }) => {
  const seed = await seedProject(user.api, admin);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit?view=snapshots`);

  const file = await saveSnapshot(page);
  expect(file.name).toMatch(/^grants-snapshotted-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/);
  const saved = JSON.parse(await readFile(file.path, "utf8")) as Record<string, unknown>;
  const room = (r: { id: string; name: string }) => ({ id: r.id, name: r.name });
  expect(saved).toEqual({
    format: "meshagent-admin/grants-snapshot",
    version: 1,
    project: { id: seed.project.id, name: "Snapshotted" },
    taken_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    grants: [
      { room: room(seed.lab), user: seed.ann, scope: toCompact(parseScope(labScope)) },
      { room: room(seed.lab), user: seed.bob, scope: toCompact(parseScope(opsScope)) },
      { room: room(seed.ops), user: seed.ann, scope: toCompact(parseScope(opsScope)) },
    ].sort((a, b) => a.room.name.localeCompare(b.room.name) || a.user.email.localeCompare(b.user.email)),
  });

  // Another admin narrows ann's storage in lab; the page compares with the grants as they are now.
  const narrowed = parseScope({ ...labScope, storage: { paths: [{ path: "/data", read_only: true }] } });
  await user.api.updateRoomGrant(seed.project.id, { roomId: seed.lab.id, userId: seed.ann.id, permissions: narrowed });
  await page.getByLabel("Load a snapshot to compare").setInputFiles(file.path);
  const counts = page.getByTestId("snapshot-counts");
  await expect(counts).toHaveText("1 grant changed: 1 narrowed.");
  const rows = await page
    .getByRole("table", { name: "Changes in room lab" })
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
  expect(rows).toEqual([
    [seed.ann.email, "narrowed", "storage: /data became read-only; storage: /tmp no longer accessible", "Restore"],
  ]);
  await page.getByLabel("By member").check();
  await expect(page.getByRole("table", { name: `Changes of member ${seed.ann.email}` })).toBeVisible();

  // By keyboard: the row's Restore button opens the preview with Enter.
  await page.getByRole("button", { name: `Restore ${seed.ann.email} in lab` }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Restore ${seed.ann.email} in lab from the snapshot` });
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "0 grants to create, 1 to change, 0 to delete; 0 unchanged.",
  );
  // Storage write on /data comes back: sensitive, so the preview asks first.
  await dialog.getByLabel("I understand, and want to give this sensitive access").check();
  await dialog.getByRole("button", { name: "Apply 1 change" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();

  const restored = await user.api.getRoomGrant(seed.project.id, seed.lab.id, seed.ann.id);
  expect(restored.permissions).toEqual(parseScope(labScope));
  expect(toCompact(restored.permissions)).toEqual(toCompact(parseScope(labScope)));
  await expect(counts).toHaveText("No changes since the snapshot.");
});

test("a malformed snapshot, or one of another project, is refused with what is wrong", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedProject(user.api, admin);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit?view=snapshots`);
  const input = page.getByLabel("Load a snapshot to compare");
  const grants = [{ room: { id: seed.lab.id, name: "lab" }, user: { id: seed.ann.id }, scope: {} }];
  const bad = { format: "meshagent-admin/grants-snapshot", version: 1, project: seed.project, taken_at: "x", grants };
  await input.setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByRole("alert")).toHaveText(
    /^bad\.json: This snapshot is malformed: taken_at: .+; grants\.0\.user\.email: .+$/,
  );
  const other = { ...bad, taken_at: new Date().toISOString(), project: { id: "p-other", name: "Other" }, grants: [] };
  await input.setInputFiles({
    name: "other.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(other)),
  });
  await expect(page.getByRole("alert")).toHaveText(
    `other.json: This snapshot is of project "Other" (p-other), not of this project "Snapshotted" (${seed.project.id}).`,
  );
  await expect(page.getByTestId("snapshot-counts")).toHaveCount(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`a comparison passes axe in the ${colorScheme} theme; restoring its room brings a revoked grant back`, async ({
    page,
    user,
    admin,
    allowConsoleErrors,
  }) => {
    // The restore reads the revoked grant first; it answers 404, which the browser logs.
    allowConsoleErrors(failedRequest(404));
    await page.emulateMedia({ colorScheme });
    const seed = await seedProject(user.api, admin);
    await connect(page, user.token, { remember: true });
    await page.goto(`/project/${seed.project.id}/audit?view=snapshots`);
    const file = await saveSnapshot(page);
    await user.api.deleteRoomGrant(seed.project.id, seed.ops.id, seed.ann.id);
    await page.getByLabel("Load a snapshot to compare").setInputFiles(file.path);
    await expect(page.getByRole("table", { name: "Changes in room ops" })).toBeVisible();
    await expectNoSeriousViolations(page, `snapshot comparison (${colorScheme})`);

    await page.getByRole("button", { name: "Restore room ops (1 change)" }).click();
    const dialog = page.getByRole("dialog", { name: "Restore the changes in room ops from the snapshot" });
    await dialog.getByRole("button", { name: "Apply 1 change" }).click();
    await dialog.getByRole("button", { name: "Close" }).click();
    const restored = await user.api.getRoomGrant(seed.project.id, seed.ops.id, seed.ann.id);
    expect(restored.permissions).toEqual(parseScope(opsScope));
  });
}
