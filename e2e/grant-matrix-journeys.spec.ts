import type { Page } from "@playwright/test";
import { parseScope } from "#api/scope/forms.ts";
import { expect, signInAndOpen, test } from "./fixtures.ts";
import { escapeRegExp, matrixCell, openMatrix, openSeededMatrix } from "./support/grant-matrix.ts";
import { seedProject } from "./support/seed-project.ts";

// A new admin's walk through the grant matrix as issue 11 describes it: what the page shows, what
// the URL keeps, where the counts come from, and the grid's keyboard.

const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });
const secrets = parseScope({ secrets: {} });

/** Rooms alpha, beta, gamma; members ann, bob, the admin (user-…) and zed. zed holds 3 grants, ann 1; beta has 2. */
const view = {
  name: "Journeys",
  rooms: ["alpha", "beta", "gamma"],
  members: ["ann", "bob", "zed"],
  grants: [
    ["beta", "ann", readData],
    ["alpha", "zed", secrets],
    ["beta", "zed", readData],
    ["gamma", "zed", readData],
  ],
} as const;

const rowHeaders = (page: Page) => page.getByRole("rowheader");
/** Column headers after the corner. */
const colHeaders = (page: Page) => page.getByRole("columnheader").filter({ hasNot: page.getByText(/\\/) });

test("filters, modes, sort, orientation and lens live in the URL: reload and Back/Forward restore them", async ({
  page,
  admin,
  user,
}) => {
  const s = await openSeededMatrix(page, admin, user, view);
  await expect(rowHeaders(page)).toHaveText([/^alpha/, /^beta/, /^gamma/]);
  await expect(colHeaders(page)).toHaveText([/^ann-/, /^bob-/, /^user-/, /^zed-/]);
  // Totals: a row's and a column's grant count.
  await expect(rowHeaders(page).filter({ hasText: "beta" })).toContainText("2 grants");
  await expect(colHeaders(page).filter({ hasText: "zed-" })).toContainText("3 grants");

  await page.getByLabel("Sort rooms").selectOption("count");
  await expect(rowHeaders(page)).toHaveText([/^beta/, /^alpha/, /^gamma/]);
  await page.getByLabel("Sort members").selectOption("count");
  await expect(colHeaders(page)).toHaveText([/^zed-/, /^ann-/, /^bob-/, /^user-/]);
  await page.getByLabel("Which members").selectOption("holders");
  await expect(colHeaders(page)).toHaveText([/^zed-/, /^ann-/]);
  await page.getByLabel("Filter members by name or e-mail").fill("ZED");
  await expect(colHeaders(page)).toHaveText([/^zed-/]);
  await page.getByLabel("Filter rooms by name").fill("mm");
  await expect(rowHeaders(page)).toHaveText([/^gamma/]);
  await page.getByLabel("Lens").selectOption({ label: "Who holds Secrets" });
  await expect(matrixCell(page, "gamma", s.zed.email)).toHaveAttribute("data-dimmed", "true");
  await page.getByRole("button", { name: /Swap axes/ }).click();
  await expect(page.getByRole("grid", { name: "Grants: members × rooms" })).toBeVisible();
  const full = /rsort=count.*msort=count|msort=count.*rsort=count/;
  await expect(page).toHaveURL(full);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({
    rows: "members",
    lens: "secrets",
    members: "holders",
    mq: "ZED",
    msort: "count",
    rq: "mm",
    rsort: "count",
  });

  await page.reload();
  await expect(page.getByRole("grid", { name: "Grants: members × rooms" })).toBeVisible();
  await expect(page.getByLabel("Filter rooms by name")).toHaveValue("mm");
  await expect(page.getByLabel("Filter members by name or e-mail")).toHaveValue("ZED");
  await expect(page.getByLabel("Which members")).toHaveValue("holders");
  await expect(page.getByLabel("Lens")).toHaveValue("secrets");
  await expect(rowHeaders(page)).toHaveText([/^zed-/]);
  await expect(matrixCell(page, "gamma", s.zed.email)).toHaveAttribute("data-dimmed", "true");

  // Back undoes the swap, then the lens; Forward brings them again.
  await page.goBack();
  await expect(page.getByRole("grid", { name: "Grants: rooms × members" })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel("Lens")).toHaveValue("");
  await expect(matrixCell(page, "gamma", s.zed.email)).not.toHaveAttribute("data-dimmed", "true");
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole("grid", { name: "Grants: members × rooms" })).toBeVisible();
  await expect(page.getByLabel("Lens")).toHaveValue("secrets");
});

test("counts come from the unique-rooms and unique-users lists, never one request per row", async ({
  page,
  admin,
  user,
}) => {
  const s = await seedProject(admin, user.api, view);
  const perRow: string[] = [];
  const unique: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/room-grants\/by-(room|user)\/[^/]+$/.test(path)) perRow.push(path);
    if (/\/room-grants\/by-(room|user)$/.test(path)) unique.push(path);
  });
  await signInAndOpen(page, user.token, `/project/${s.project.id}/rooms`);
  await expect(page.getByRole("row", { name: /beta/ })).toContainText("2");
  await page.goto(`/project/${s.project.id}/members`);
  await expect(page.getByRole("row", { name: new RegExp(escapeRegExp(s.zed.email)) })).toContainText("3");
  await page.goto(`/project/${s.project.id}/grants`);
  await expect(rowHeaders(page).filter({ hasText: "beta" })).toContainText("2 grants");
  expect(perRow).toEqual([]);
  expect(unique.length).toBeGreaterThan(0);
  expect(unique.length).toBeLessThanOrEqual(6);
});

test("the grid's keyboard: arrows, Home/End, Ctrl+Home/End, Page keys, Space, Shift+arrows, Escape", async ({
  page,
  admin,
  user,
}) => {
  const s = await openSeededMatrix(page, admin, user, view);
  const grid = page.getByRole("grid");
  const active = async () => {
    const id = await grid.getAttribute("aria-activedescendant");
    return id ? page.locator(`[id="${id}"]`).getAttribute("aria-label") : null;
  };
  await grid.focus();
  await page.keyboard.press("Control+Home");
  await expect.poll(active).toMatch(new RegExp(`^alpha, ${escapeRegExp(s.ann.email)}: no grant$`));
  await page.keyboard.press("ArrowDown");
  await expect.poll(active).toMatch(new RegExp(`^beta, ${escapeRegExp(s.ann.email)}: Storage: read /data`));
  await page.keyboard.press("End");
  await expect.poll(active).toMatch(new RegExp(`^beta, ${escapeRegExp(s.zed.email)}: `));
  await page.keyboard.press("Home");
  await expect.poll(active).toMatch(new RegExp(`^beta, ${escapeRegExp(s.ann.email)}: `));
  await page.keyboard.press("Control+End");
  await expect.poll(active).toMatch(new RegExp(`^gamma, ${escapeRegExp(s.zed.email)}: `));
  await page.keyboard.press("PageUp");
  await expect.poll(active).toMatch(new RegExp(`^alpha, ${escapeRegExp(s.zed.email)}: Secrets`));
  await page.keyboard.press("PageDown");
  await expect.poll(active).toMatch(new RegExp(`^gamma, ${escapeRegExp(s.zed.email)}: `));
  await page.keyboard.press("ArrowLeft");
  await expect.poll(active).toMatch(new RegExp(`^gamma, ${escapeRegExp(user.email)}: no grant`));

  await page.keyboard.press("Space");
  await expect(page.getByRole("gridcell", { selected: true })).toHaveCount(1);
  await page.keyboard.press("Shift+ArrowUp");
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(page.getByRole("gridcell", { selected: true })).toHaveCount(4);
  await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("4 selected");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("gridcell", { selected: true })).toHaveCount(0);
});

test("Shift+click selects a range, a header selects its line, and 'everything matching' spans the filters", async ({
  page,
  admin,
  user,
}) => {
  const s = await openSeededMatrix(page, admin, user, view);
  await matrixCell(page, "alpha", s.ann.email).click({ modifiers: ["Control"] });
  await matrixCell(page, "beta", s.bob.email).click({ modifiers: ["Shift"] });
  await expect(page.getByRole("gridcell", { selected: true })).toHaveCount(4);
  await page.getByRole("button", { name: /select row gamma$/ }).click();
  await expect(page.getByRole("gridcell", { selected: true })).toHaveCount(8);
  await page.getByRole("button", { name: "Clear selection" }).click();
  await page.getByRole("button", { name: new RegExp(`select column ${escapeRegExp(s.zed.email)}$`) }).click();
  await expect(page.getByRole("gridcell", { selected: true })).toHaveCount(3);
  await page.getByRole("button", { name: "Clear selection" }).click();

  await page.getByLabel("Filter rooms by name").fill("a");
  await page.getByRole("button", { name: "Select everything matching" }).click();
  // alpha, beta, gamma all hold an "a": 3 rooms × 4 members.
  await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("12 selected");
  await page.getByLabel("Filter rooms by name").fill("et");
  await page.getByRole("button", { name: "Clear selection" }).click();
  await page.getByLabel("Lens").selectOption({ label: "Who holds Storage: read" });
  await page.getByRole("button", { name: "Select everything matching" }).click();
  await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("2 selected");
});

test("a click on a held cell opens its grant to change it, and to revoke it; the cell follows each time", async ({
  page,
  admin,
  user,
}) => {
  // A grant revoked from the dialog is set gone in the cell without a read: no 404 in the console.
  const s = await openSeededMatrix(page, admin, user, view);
  await matrixCell(page, "beta", s.ann.email).click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`^Grant of .*${escapeRegExp(s.ann.email)}.* in beta$`) });
  await dialog
    .getByRole("button", { name: /^Messaging/ })
    .first()
    .click();
  await dialog.getByRole("switch", { name: "Messaging grant" }).click();
  await dialog.getByRole("button", { name: "Review and save…" }).click();
  const review = page.getByRole("dialog", { name: "Review the change" });
  await review.getByRole("button", { name: "Save grant" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(matrixCell(page, "beta", s.ann.email)).toHaveAccessibleName(/Messaging/);
  expect((await user.api.getRoomGrant(s.project.id, s.beta.id, s.ann.id)).permissions.messaging).not.toBeNull();

  await matrixCell(page, "beta", s.ann.email).click();
  await dialog.getByRole("button", { name: "Revoke grant…" }).click();
  await page.getByRole("dialog", { name: "Revoke this grant?" }).getByRole("button", { name: "Revoke grant" }).click();
  await expect(matrixCell(page, "beta", s.ann.email)).toHaveAccessibleName(/: no grant$/);
  await expect(rowHeaders(page).filter({ hasText: "beta" })).toContainText("1 grant");
});

test("the legend explains colours and letters; the 'write to /' lens lights only who may write there", async ({
  page,
  admin,
  user,
}) => {
  const s = await seedProject(admin, user.api, view);
  await user.api.createRoomGrant(s.project.id, {
    roomId: s.alpha.id,
    userId: s.bob.id,
    permissions: parseScope({ storage: {} }),
  });
  await openMatrix(page, user.token, s.project.id, "?lens=write-root");
  await page.getByText("Legend").click();
  await expect(page.getByRole("list", { name: "Letters in a cell" })).toContainText("K Secrets");
  await expect(page.getByRole("list", { name: "Privilege levels" }).getByRole("listitem")).not.toHaveCount(0);
  await expect(page.getByLabel("Lens")).toHaveValue("write-root");
  await expect(matrixCell(page, "alpha", s.bob.email)).not.toHaveAttribute("data-dimmed", "true");
  for (const [room, who] of [
    ["beta", s.ann.email],
    ["alpha", s.zed.email],
    ["beta", s.zed.email],
  ] as const)
    await expect(matrixCell(page, room, who)).toHaveAttribute("data-dimmed", "true");
});
