import type { Page } from "@playwright/test";
import type { Meshagent } from "#api/client.ts";
import { NotFoundError } from "#api/errors.ts";
import { parseScope } from "#api/scope/forms.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { connect, createUser, expect, failedRequest, test } from "./fixtures.ts";
import { bulkPreview, escapeRegExp, matrixCell } from "./grant-matrix-locators.ts";

// The bulk actions issue 11 names that the other matrix specs do not walk: the patches "turn tunnels
// off" and "remove admin" (losses in the preview), revoke, paste a copied cell's scope, copy one
// member's grants to another, and a conflict with another admin's edit of the very field.

const tunnelsAdmin = parseScope({ tunnels: { ports: ["8080"] }, admin: {}, messaging: {} });
const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

/** Rooms alpha and beta; ann holds tunnels + admin + messaging in both; bob holds read /data in alpha. */
async function seedActions(admin: Meshagent, api: Meshagent) {
  const project = await api.createProject("Actions");
  const [alpha, beta] = await Promise.all(["alpha", "beta"].map((name) => api.createRoom(project.id, { name })));
  const [ann, bob] = await Promise.all([createUser(admin, "ann"), createUser(admin, "bob")]);
  if (!alpha || !beta) throw new Error("seed failed");
  await api.addMember(project.id, ann.id, {});
  await api.addMember(project.id, bob.id, {});
  for (const room of [alpha, beta])
    await api.createRoomGrant(project.id, { roomId: room.id, userId: ann.id, permissions: tunnelsAdmin });
  await api.createRoomGrant(project.id, { roomId: alpha.id, userId: bob.id, permissions: readData });
  return { project, alpha, beta, ann, bob };
}

async function grantOf(api: Meshagent, projectId: string, roomId: string, userId: string): Promise<ApiScope | null> {
  try {
    return (await api.getRoomGrant(projectId, roomId, userId)).permissions;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

async function openMatrix(page: Page, token: string, projectId: string) {
  await connect(page, token, { remember: true });
  await page.goto(`/project/${projectId}/grants`);
  await expect(page.getByRole("grid")).toBeVisible();
}

const bulk = (page: Page) => page.getByRole("region", { name: "Bulk actions" });
const selectColumn = (page: Page, email: string) =>
  page.getByRole("button", { name: new RegExp(`: select column ${escapeRegExp(email)}$`) }).click();

async function patchOff(page: Page, grant: string) {
  await bulk(page).getByRole("button", { name: "Patch…" }).click();
  const form = page.getByRole("dialog", { name: "Patch the selected grants" });
  await form.getByLabel("Change").selectOption({ label: "Turn a grant type off" });
  await form.getByLabel("Grant").selectOption({ label: grant });
  await form.getByRole("button", { name: "Preview" }).click();
}

test("'turn tunnels off' then 'remove admin': the preview names the losses, and each grant keeps the rest", async ({
  page,
  admin,
  user,
}) => {
  const s = await seedActions(admin, user.api);
  await openMatrix(page, user.token, s.project.id);
  await selectColumn(page, s.ann.email);
  await patchOff(page, "Tunnels");
  let dialog = bulkPreview(page);
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "0 grants to create, 2 to change, 0 to delete; 0 unchanged.",
  );
  await expect(dialog.getByRole("region", { name: "Sensitive access" })).toContainText(
    `Lose tunnels (2): ${s.ann.email} in alpha, ${s.ann.email} in beta`,
  );
  await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await expect(dialog.getByRole("status")).toHaveText("2 applied.");
  await dialog.getByRole("button", { name: "Close" }).click();

  await patchOff(page, "Admin");
  dialog = bulkPreview(page);
  await expect(dialog.getByRole("region", { name: "Sensitive access" })).toContainText(`Lose admin (2): `);
  await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await expect(dialog.getByRole("status")).toHaveText("2 applied.");
  for (const room of [s.alpha, s.beta])
    expect(await grantOf(user.api, s.project.id, room.id, s.ann.id)).toEqual({
      ...tunnelsAdmin,
      tunnels: null,
      admin: null,
    });
});

test("a copied cell's scope is pasted onto other cells, and a bulk revoke deletes them", async ({
  page,
  admin,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404));
  const s = await seedActions(admin, user.api);
  await openMatrix(page, user.token, s.project.id);
  await matrixCell(page, "alpha", s.bob.email).click({ modifiers: ["Control"] });
  await bulk(page).getByRole("button", { name: "Copy scope" }).click();
  await page.getByRole("button", { name: "Clear selection" }).click();
  await matrixCell(page, "beta", s.bob.email).click({ modifiers: ["Control"] });
  await matrixCell(page, "beta", user.email).click({ modifiers: ["Control"] });
  await bulk(page).getByRole("button", { name: "Paste scope" }).click();
  let dialog = bulkPreview(page);
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "2 grants to create, 0 to change, 0 to delete; 0 unchanged.",
  );
  await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await expect(dialog.getByRole("status")).toHaveText("2 applied.");
  expect(await grantOf(user.api, s.project.id, s.beta.id, s.bob.id)).toEqual(readData);
  expect(await grantOf(user.api, s.project.id, s.beta.id, user.id)).toEqual(readData);
  await dialog.getByRole("button", { name: "Close" }).click();

  // The same two cells are still selected: revoke them.
  await bulk(page).getByRole("button", { name: "Revoke" }).click();
  dialog = bulkPreview(page);
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "0 grants to create, 0 to change, 2 to delete; 0 unchanged.",
  );
  await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await expect(dialog.getByRole("status")).toHaveText("2 applied.");
  await dialog.getByRole("button", { name: "Close" }).click();
  expect(await grantOf(user.api, s.project.id, s.beta.id, s.bob.id)).toBeNull();
  await expect(matrixCell(page, "beta", s.bob.email)).toHaveAttribute("data-level", "empty");
});

test("one member's grants copied to another go through the preview, with consent for what they gain", async ({
  page,
  admin,
  user,
}) => {
  const s = await seedActions(admin, user.api);
  await openMatrix(page, user.token, s.project.id);
  await bulk(page).getByRole("button", { name: "Copy grants…" }).click();
  const picker = page.getByRole("dialog", { name: "Copy one member's grants to another" });
  const matches = picker.getByRole("list", { name: "Matching members" });
  await matches.getByRole("button", { name: s.ann.email }).click();
  await matches.getByRole("button", { name: s.bob.email }).click();
  await picker.getByRole("button", { name: "Preview" }).click();
  const dialog = bulkPreview(page);
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "1 grant to create, 1 to change, 0 to delete; 0 unchanged.",
  );
  await expect(dialog.getByRole("region", { name: "Sensitive access" })).toContainText(`Gain admin (2): `);
  const apply = dialog.getByRole("button", { name: "Apply 2 changes" });
  await expect(apply).toBeDisabled();
  await dialog.getByLabel("I understand, and want to give this sensitive access").check();
  await apply.click();
  await expect(dialog.getByRole("status")).toHaveText("2 applied.");
  for (const room of [s.alpha, s.beta])
    expect(await grantOf(user.api, s.project.id, room.id, s.bob.id)).toEqual(tunnelsAdmin);
});

test("a patch over a field another admin changed meanwhile is a conflict, not written; the rest are", async ({
  page,
  admin,
  user,
}) => {
  const s = await seedActions(admin, user.api);
  await openMatrix(page, user.token, s.project.id);
  await selectColumn(page, s.ann.email);
  await patchOff(page, "Tunnels");
  const dialog = bulkPreview(page);
  // Another admin opens port 9090 in alpha: turning tunnels off would undo their decision.
  const theirs = { ...tunnelsAdmin, tunnels: { ports: ["9090"] } };
  await user.api.updateRoomGrant(s.project.id, { roomId: s.alpha.id, userId: s.ann.id, permissions: theirs });
  await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await expect(dialog.getByRole("status")).toHaveText("1 applied, 1 not written (changed meanwhile).");
  await expect(dialog.getByRole("list", { name: "Cells not written" })).toHaveText(
    `Conflict: ${s.ann.email} in alpha: the tunnels grant was changed by someone else since the page loaded`,
  );
  await expect(dialog.getByRole("button", { name: /^Retry/ })).toHaveCount(0);
  expect(await grantOf(user.api, s.project.id, s.alpha.id, s.ann.id)).toEqual(theirs);
  expect(await grantOf(user.api, s.project.id, s.beta.id, s.ann.id)).toEqual({ ...tunnelsAdmin, tunnels: null });
});
