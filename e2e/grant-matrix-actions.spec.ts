import { parseScope } from "#api/scope/forms.ts";
import { expect, failedRequest, test } from "./fixtures.ts";
import { bulkActions as bulk, bulkPreview, grantOf, matrixCell, openSeededMatrix } from "./support/grant-matrix.ts";
import { applyAll, previewPatch, previewPatchOnColumn } from "./support/grant-matrix-bulk.ts";

// The bulk actions issue 11 names that the other matrix specs do not walk: the patches "turn tunnels
// off" and "remove admin" (losses in the preview), revoke, paste a copied cell's scope, copy one
// member's grants to another, and a conflict with another admin's edit of the very field.

const tunnelsAdmin = parseScope({ tunnels: { ports: ["8080"] }, admin: {}, messaging: {} });
const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

/** Rooms alpha and beta; ann holds tunnels + admin + messaging in both; bob holds read /data in alpha. */
const actions = {
  name: "Actions",
  rooms: ["alpha", "beta"],
  members: ["ann", "bob"],
  grants: [
    ["alpha", "ann", tunnelsAdmin],
    ["beta", "ann", tunnelsAdmin],
    ["alpha", "bob", readData],
  ],
} as const;

test("'turn tunnels off' then 'remove admin': the preview names the losses, and each grant keeps the rest", async ({
  page,
  admin,
  user,
}) => {
  const s = await openSeededMatrix(page, admin, user, actions);
  let dialog = await previewPatchOnColumn(page, s.ann.email, { turnOff: "Tunnels" });
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "0 grants to create, 2 to change, 0 to delete; 0 unchanged.",
  );
  await expect(dialog.getByRole("region", { name: "Sensitive access" })).toContainText(
    `Lose tunnels (2): ${s.ann.email} in alpha, ${s.ann.email} in beta`,
  );
  await applyAll(dialog, 2);
  await dialog.getByRole("button", { name: "Close" }).click();

  dialog = await previewPatch(page, { turnOff: "Admin" });
  await expect(dialog.getByRole("region", { name: "Sensitive access" })).toContainText(`Lose admin (2): `);
  await applyAll(dialog, 2);
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
  const s = await openSeededMatrix(page, admin, user, actions);
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
  await applyAll(dialog, 2);
  expect(await grantOf(user.api, s.project.id, s.beta.id, s.bob.id)).toEqual(readData);
  expect(await grantOf(user.api, s.project.id, s.beta.id, user.id)).toEqual(readData);
  await dialog.getByRole("button", { name: "Close" }).click();

  // The same two cells are still selected: revoke them.
  await bulk(page).getByRole("button", { name: "Revoke" }).click();
  dialog = bulkPreview(page);
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "0 grants to create, 0 to change, 2 to delete; 0 unchanged.",
  );
  await applyAll(dialog, 2);
  await dialog.getByRole("button", { name: "Close" }).click();
  expect(await grantOf(user.api, s.project.id, s.beta.id, s.bob.id)).toBeNull();
  await expect(matrixCell(page, "beta", s.bob.email)).toHaveAttribute("data-level", "empty");
});

test("one member's grants copied to another go through the preview, with consent for what they gain", async ({
  page,
  admin,
  user,
}) => {
  const s = await openSeededMatrix(page, admin, user, actions);
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
  const s = await openSeededMatrix(page, admin, user, actions);
  const dialog = await previewPatchOnColumn(page, s.ann.email, { turnOff: "Tunnels" });
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
