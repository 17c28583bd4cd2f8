import type { Meshagent } from "#api/client.ts";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { presets } from "#api/scope/presets.ts";
import { connect, createUser, expect, test } from "./fixtures.ts";
import { bodyRows, expectNoSeriousViolations } from "./support/audit-tables.ts";

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
  return { project, ann, bob, cy, dee, cyId, lab, ops };
}

test("the overview counts, lists the pairs behind a number and opens the matrix with its lens", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedOverviewProject(user.api, admin);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit`);
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
  const listed = page.getByRole("table", { name: "Who holds Secrets" });
  await expect(listed).toBeVisible();
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

for (const colorScheme of ["light", "dark"] as const) {
  test(`the overview passes axe in the ${colorScheme} theme`, async ({ page, user, admin }) => {
    await page.emulateMedia({ colorScheme });
    const seed = await seedOverviewProject(user.api, admin);
    await connect(page, user.token, { remember: true });
    await page.goto(`/project/${seed.project.id}/audit?view=overview&show=admin`);
    await expect(page.getByRole("table", { name: "Who holds Admin" })).toBeVisible();
    await expectNoSeriousViolations(page, "audit overview");
  });
}
