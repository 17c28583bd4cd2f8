import type { Page } from "@playwright/test";
import { presets } from "#api/scope/presets.ts";
import { connect, createUser, expect, test } from "./fixtures.ts";

// The matrix reads every grant once and keeps it (its "holding grants" axes come from that read); a
// room deleted or a member removed on another page of the console must leave it when the admin comes
// back, without a reload. The sidebar's Grants link opens the matrix at its defaults ("every").

const sidebarLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Project" }).getByRole("link", { name, exact: true });

test("a room deleted on its page leaves the matrix of rooms holding grants", async ({ page, admin, user }) => {
  const project = await user.api.createProject("Room gone");
  const guest = await createUser(admin, "guest");
  await user.api.addMember(project.id, guest.id, {});
  for (const name of ["alpha", "beta"])
    await user.api.createRoom(project.id, { name, permissions: { [guest.id]: presets.userDefault() } });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/grants?rooms=holders`);
  await expect(page.getByRole("rowheader")).toHaveText([/^alpha/, /^beta/]);

  await sidebarLink(page, "Rooms").click();
  await page.getByRole("link", { name: "beta", exact: true }).click();
  await page.getByRole("button", { name: "Delete room" }).click();
  await page.getByRole("dialog", { name: "Delete this room?" }).getByRole("button", { name: "Delete room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rooms" })).toBeVisible();
  await sidebarLink(page, "Grants").click();
  await page.getByLabel("Which rooms").selectOption("holders");
  await expect(page.getByRole("rowheader")).toHaveText([/^alpha/]);
});

test("a member removed with their grants leaves the matrix of members holding grants", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Member gone");
  const [ann, bob] = await Promise.all(["ann", "bob"].map((label) => createUser(admin, label)));
  if (!ann || !bob) throw new Error("seed failed");
  for (const m of [ann, bob]) await user.api.addMember(project.id, m.id, {});
  await user.api.createRoom(project.id, {
    name: "alpha",
    permissions: { [ann.id]: presets.userDefault(), [bob.id]: presets.userDefault() },
  });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/grants?members=holders`);
  const columns = page.getByRole("columnheader").filter({ hasNot: page.getByText(/\\/) });
  await expect(columns).toHaveText([/^ann-/, /^bob-/]);

  await sidebarLink(page, "Members").click();
  const row = page.getByRole("table", { name: "Members" }).getByRole("row", { name: new RegExp(bob.email) });
  await row.getByRole("button", { name: /^Remove / }).click();
  const dialog = page.getByRole("dialog", { name: "Remove this member?" });
  await dialog.getByRole("button", { name: "Revoke grants and remove" }).click();
  await expect(dialog).toHaveCount(0);
  await sidebarLink(page, "Grants").click();
  await page.getByLabel("Which members").selectOption("holders");
  await expect(columns).toHaveText([/^ann-/]);
});
