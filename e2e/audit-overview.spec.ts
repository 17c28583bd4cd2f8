import type { Page } from "@playwright/test";
import type { Meshagent } from "#api/client.ts";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { connect, createUser, expect, type TestUser, test } from "./fixtures.ts";
import { bodyRows } from "./support/audit-tables.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

// ann is admin in lab and holds the full preset in ops; bob reads storage in lab and holds secrets
// in ops; cy may open a tunnel on every port in ops; dee is a member with no grant; "quiet" has none.
async function seedOverviewProject(owner: Meshagent, admin: Meshagent) {
  const project = await owner.createProject("Overviewed");
  const people = await Promise.all(["ann", "bob", "cy", "dee"].map((n) => createUser(admin, n)));
  const ids = await Promise.all(people.map(async (u) => (await u.api.whoami()).id));
  for (const id of ids) await owner.addMember(project.id, id);
  const [annId = "", bobId = "", cyId = ""] = ids;
  const [lab, ops] = await Promise.all(["lab", "ops", "quiet"].map((name) => owner.createRoom(project.id, { name })));
  const grant = (roomId: string, userId: string, scope: unknown) =>
    owner.createRoomGrant(project.id, { roomId, userId, permissions: parseScope(scope) });
  if (!lab || !ops) throw new Error("rooms were created");
  await grant(lab.id, annId, { admin: {}, storage: { paths: [{ path: "/a", read_only: true }] } });
  await grant(ops.id, annId, toCompact(presets.full()));
  await grant(lab.id, bobId, { storage: { paths: [{ path: "/", read_only: true }] } });
  await grant(ops.id, bobId, { secrets: {} });
  await grant(ops.id, cyId, { messaging: {}, tunnels: {} });
  const [ann, bob, cy, dee] = people;
  if (!ann || !bob || !cy || !dee) throw new Error("people were created");
  return { project, ann, bob, cy, dee, annId, cyId, lab, ops };
}

/** Seeds the project, connects as its owner and opens an audit view. */
async function openAudit(page: Page, user: TestUser, admin: Meshagent, search: string) {
  const seed = await seedOverviewProject(user.api, admin);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit${search}`);
  return seed;
}

test("the overview counts, lists the pairs behind a number and opens the matrix with its lens", async ({
  page,
  user,
  admin,
}) => {
  const seed = await openAudit(page, user, admin, "");
  const cards = page.getByRole("list", { name: "Headline counts" });
  await expect(cards.getByRole("listitem")).toHaveCount(4);
  expect(await cards.getByRole("link", { name: /members?, \d+ grants?$/ }).allTextContents()).toEqual([
    "Admins: 1 member, 2 grants",
    "Storage writers: 1 member, 1 grant",
    "Full scopes: 1 member, 1 grant",
    "Secrets holders: 2 members, 2 grants",
  ]);

  // Rooms by privilege: ops (1 admin, 2 limited) before lab (1 admin, 1 limited); quiet holds none.
  expect(await bodyRows(page, "Privilege level by room")).toEqual([
    ["ops", "0", "2 Limited grants in ops", "0", "0", "1 Admin grant in ops", "3"],
    ["lab", "0", "1 Limited grant in lab", "0", "0", "1 Admin grant in lab", "2"],
  ]);

  await cards.getByRole("link", { name: /^Secrets holders/ }).click();
  await expect(page).toHaveURL(/show=secrets/);
  expect((await bodyRows(page, "Who holds Secrets")).map((r) => r.slice(0, 3))).toEqual([
    ["ops", seed.ann.email, "Admin"],
    ["ops", seed.bob.email, "Limited"],
  ]);

  // A heatmap cell lists its own pairs.
  await page.getByRole("link", { name: "2 Limited grants in ops" }).click();
  expect((await bodyRows(page, "Limited grants in ops")).map((r) => r.slice(0, 2))).toEqual([
    ["ops", seed.bob.email],
    ["ops", seed.cy.email],
  ]);

  await cards.getByRole("link", { name: /Open in the grant matrix with the lens Secrets/ }).click();
  await expect(page).toHaveURL(/\/grants\?.*lens=secrets/);
  await expect(page.getByLabel("Lens")).toHaveValue("secrets");
});

test("findings list what looks wrong, and a lint is fixed in one click through the preview", async ({
  page,
  user,
  admin,
}) => {
  const seed = await openAudit(page, user, admin, "?view=findings");
  const headings = page.getByRole("heading", { level: 3 });
  await expect(headings).toHaveText([
    "Grants of users who are no longer members: 0 grants",
    "Rooms where nobody holds admin: 1 room",
    "Members with no grant: 2 members",
    "Tunnels on every port: 2 grants",
    "Storage everywhere (no path listed): 1 grant",
    "Shadowed storage or sync paths: 0 grants",
  ]);
  await expect(page.getByRole("list", { name: "Rooms where nobody holds admin" }).getByRole("listitem")).toHaveText([
    /^quiet/,
  ]);
  const noGrant = [seed.dee.email, user.email].sort();
  await expect(page.getByRole("list", { name: "Members with no grant" }).getByRole("listitem")).toHaveText(
    noGrant.map((email) => new RegExp(`^${email.replace(/[.]/g, "\\.")}`)),
  );
  expect((await bodyRows(page, "Tunnels on every port")).map((r) => r.slice(0, 2))).toEqual([
    ["ops", seed.ann.email],
    ["ops", seed.cy.email],
  ]);

  await page.getByRole("button", { name: "Turn tunnels off in these grants" }).click();
  const dialog = page.getByRole("dialog", { name: /Tunnels on every port/ });
  await expect(dialog.getByTestId("bulk-counts")).toHaveText(
    "0 grants to create, 2 to change, 0 to delete; 0 unchanged.",
  );
  await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(headings.filter({ hasText: "Tunnels on every port" })).toHaveText("Tunnels on every port: 0 grants");

  const read = async (userId: string) =>
    toCompact((await user.api.getRoomGrant(seed.project.id, seed.ops.id, userId)).permissions);
  expect(await read(seed.cyId)).toEqual({ messaging: {} });
  expect(await read(seed.annId)).toEqual(toCompact({ ...presets.full(), tunnels: null }));
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`overview and findings pass axe in the ${colorScheme} theme`, async ({ page, user, admin }) => {
    await page.emulateMedia({ colorScheme });
    const seed = await openAudit(page, user, admin, "?view=overview&show=admin");
    await expect(page.getByRole("table", { name: "Who holds Admin" })).toBeVisible();
    await expectNoSeriousViolations(page, "audit overview");
    await page.goto(`/project/${seed.project.id}/audit?view=findings`);
    await expect(page.getByRole("table", { name: "Tunnels on every port" })).toBeVisible();
    await expectNoSeriousViolations(page, "audit findings");
  });
}
