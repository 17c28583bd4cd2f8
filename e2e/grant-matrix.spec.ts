import { NotFoundError } from "#api/errors.ts";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { connect, expect, signInAndOpen, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { matrixCell as cell } from "./support/grant-matrix.ts";
import { seedProject } from "./support/seed-project.ts";

const readOnlyData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

/** A project with rooms alpha and beta, members ann and bob; ann holds read-only /data in alpha. */
const matrix = {
  name: "Matrix",
  rooms: ["alpha", "beta"],
  members: ["ann", "bob"],
  grants: [["alpha", "ann", readOnlyData]],
} as const;

test("the matrix shows each member's grant in each room, with its level and summary", async ({ page, admin, user }) => {
  const { project, ann, bob } = await seedProject(admin, user.api, matrix);
  await connect(page, user.token, { remember: true });
  await page.getByRole("link", { name: "Matrix" }).click();
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Grants" }).click();
  await expect(page).toHaveURL(new RegExp(`/project/${project.id}/grants$`));
  const grid = page.getByRole("grid", { name: "Grants: rooms × members" });
  await expect(grid).toBeVisible();
  await expect(cell(page, "alpha", ann.email)).toHaveAttribute("data-level", "limited");
  await expect(cell(page, "alpha", ann.email)).toHaveAccessibleName(
    `alpha, ${ann.email}: Storage: read /data (none + storage (read-only))`,
  );
  await expect(cell(page, "beta", bob.email)).toHaveAccessibleName(`beta, ${bob.email}: no grant`);
  // Rows, then columns, when swapped; the URL keeps it.
  await page.getByRole("button", { name: /Swap axes/ }).click();
  await expect(page).toHaveURL(/rows=members/);
  await expect(page.getByRole("grid", { name: "Grants: members × rooms" })).toBeVisible();
  await page.getByLabel("Lens").selectOption({ label: "Who holds Storage: write" });
  await expect(page).toHaveURL(/lens=storage-write/);
  await expect(cell(page, "alpha", ann.email)).toHaveAttribute("data-dimmed", "true");
});

test("a cell's tooltip shows its full summary, storage path included, on hover and on keyboard focus", async ({
  page,
  admin,
  user,
}) => {
  const { project, ann } = await seedProject(admin, user.api, matrix);
  await signInAndOpen(page, user.token, `/project/${project.id}/grants`);
  const tooltip = page.getByRole("tooltip");
  await cell(page, "alpha", ann.email).hover();
  await expect(tooltip).toContainText(`${ann.email} in alpha`);
  await expect(tooltip).toContainText("/data");
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);
  // Focus stays on the grid (an active descendant): the active cell shows its tooltip; Escape hides it.
  await page.getByRole("grid").focus();
  await page.keyboard.press("Control+Home");
  await expect(tooltip).toContainText(`${ann.email} in alpha`);
  await expect(tooltip).toContainText("/data");
  await expect(cell(page, "alpha", ann.email)).toHaveAccessibleName(/^alpha, .*: Storage/);
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);
});

test("Enter on an empty cell opens the grant dialog for that room and member; the cell shows the saved grant", async ({
  page,
  admin,
  user,
}) => {
  const { project, beta, bob } = await seedProject(admin, user.api, matrix);
  await signInAndOpen(page, user.token, `/project/${project.id}/grants`);
  await expect(cell(page, "alpha", bob.email)).toBeVisible();
  const grid = page.getByRole("grid");
  await grid.focus();
  // Rows are alpha, beta; columns ann, bob (by e-mail). From (alpha, ann): down, right.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await expect(grid).toHaveAttribute(
    "aria-activedescendant",
    (await cell(page, "beta", bob.email).getAttribute("id")) ?? "",
  );
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Grant access to beta" });
  await expect(dialog).toContainText(bob.email);
  await dialog
    .getByRole("button", { name: /^Messaging/ })
    .first()
    .click();
  await dialog.getByRole("switch", { name: "Messaging grant" }).click();
  await dialog.getByRole("button", { name: "Create grant" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(cell(page, "beta", bob.email)).toHaveAccessibleName(/^beta, .*: Messaging/);
  const stored = await user.api.getRoomGrant(project.id, beta.id, bob.id);
  expect(toCompact(stored.permissions)).toEqual({ messaging: {} });
});

test("Delete revokes the active cell's grant after a confirmation, with the keyboard alone", async ({
  page,
  admin,
  user,
}) => {
  const { project, alpha, ann } = await seedProject(admin, user.api, matrix);
  await signInAndOpen(page, user.token, `/project/${project.id}/grants`);
  await expect(cell(page, "alpha", ann.email)).toHaveAttribute("data-level", "limited");
  await page.getByRole("grid").focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Delete");
  const confirm = page.getByRole("dialog", { name: "Revoke this grant?" });
  await expect(confirm).toContainText(`${ann.email} in alpha`);
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Revoke grant" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toHaveCount(0);
  await expect(cell(page, "alpha", ann.email)).toHaveAccessibleName(`alpha, ${ann.email}: no grant`);
  await expect(page.getByRole("grid")).toBeFocused();
  await expect(user.api.getRoomGrant(project.id, alpha.id, ann.id)).rejects.toBeInstanceOf(NotFoundError);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the matrix passes axe in the ${colorScheme} theme`, async ({ page, admin, user }) => {
    await page.emulateMedia({ colorScheme });
    const { project, ann } = await seedProject(admin, user.api, matrix);
    await signInAndOpen(page, user.token, `/project/${project.id}/grants?lens=storage-read`);
    await expect(cell(page, "alpha", ann.email)).toHaveAttribute("data-level", "limited");
    await expectNoSeriousViolations(page, `grant matrix (${colorScheme})`);
  });
}
