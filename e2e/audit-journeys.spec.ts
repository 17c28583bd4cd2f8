import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { Meshagent } from "#api/client.ts";
import { parseScope } from "#api/scope/forms.ts";
import { connect, expect, signInAndOpen, type TestUser, test } from "./fixtures.ts";
import { seedAuditProject } from "./support/audit-seed.ts";
import { bodyRows } from "./support/audit-tables.ts";
import { pickOption } from "./support/pick-option.ts";
import { addNewMember } from "./support/seed-project.ts";

// The audit as a new admin walks it: every member can be picked (with or without a grant), Compare
// keeps rooms named like its own columns apart, and the CSV evidence is safe to open in a spreadsheet.

async function downloadedText(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFile((await download.path()) ?? "", "utf8");
}

/** The audited project, and cid: a member who holds no grant. */
async function seedWithoutGrant(user: TestUser, admin: Meshagent) {
  const seed = await seedAuditProject(user.api, admin);
  return { seed, cid: await addNewMember(admin, user.api, seed.project.id, "cid") };
}

test("every project member can be picked; one without a grant reads 'no access' in each view", async ({
  page,
  user,
  admin,
}) => {
  const { seed, cid } = await seedWithoutGrant(user, admin);
  const audit = `/project/${seed.project.id}/audit`;

  await signInAndOpen(page, user.token, `${audit}?view=member`);
  const member = page.getByRole("combobox", { name: "Member", exact: true });
  const options = page.getByRole("listbox", { name: "Member", exact: true }).getByRole("option");
  await member.click();
  await expect(options).toHaveText(
    [seed.ann.email, seed.bob.email, cid.email, user.email].sort((a, b) => a.localeCompare(b)),
  );
  // The server searches: typing narrows the list to cid, who holds nothing.
  await member.fill("cid-");
  await expect(options).toHaveText([cid.email]);
  await expect(member).toHaveAccessibleDescription("1 member matches.");
  await member.press("ArrowDown");
  await member.press("Enter");
  await expect(member).toHaveValue(cid.email);
  await expect(page).toHaveURL(new RegExp(`memberId=${cid.id}`));
  await expect(page.getByRole("note")).toHaveText(
    `No access: ${cid.email} holds no grant in any room, so can enter none.`,
  );
  await expect(page.getByText(`${cid.email} can enter 0 rooms`)).toBeVisible();

  await page.goto(`${audit}?view=token&roomId=${seed.lab.id}&memberId=${cid.id}`);
  await expect(page.getByRole("note")).toContainText(`No access: ${cid.email} holds no grant in lab`);

  await page.goto(`${audit}?view=compare&by=members&a=${cid.id}&b=${seed.annId}`);
  await expect(page.getByRole("combobox", { name: "First member" })).toHaveValue(cid.email);
  const table = `${cid.email} compared with ${seed.ann.email}`;
  expect((await bodyRows(page, table)).slice(0, 2)).toEqual([
    ["lab", "level", "no grant", "limited", "differs"],
    ["lab", "Storage: read", "no grant", "/data", "differs"],
  ]);

  await page.goto(`${audit}?view=question&q=storage-write&target=/data/x`);
  await page.getByRole("combobox", { name: "Member (optional)" }).fill(cid.email);
  await expect(page.getByRole("status").filter({ hasText: "allowed" })).toHaveText(
    "0 pairs are allowed to write storage /data/x",
  );
  await expect(page.getByRole("note")).toHaveText(
    `No access: ${cid.email} is a member of the project but holds no grant in any room.`,
  );
});

test("compare keeps rooms named member, capability and difference apart; CSV cells cannot run as formulas", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  const room = (name: string) => user.api.createRoom(seed.project.id, { name });
  const [member, capability] = [await room("member"), await room("capability")];
  await room("difference");
  const grant = (roomId: string, userId: string, scope: Record<string, unknown>) =>
    user.api.createRoomGrant(seed.project.id, { roomId, userId, permissions: parseScope(scope) });
  await grant(member.id, seed.annId, { admin: {} });
  await grant(capability.id, seed.annId, { llm: { models: ["=HYPERLINK(1)/x", "-2+3/y"] } });
  await signInAndOpen(
    page,
    user.token,
    `/project/${seed.project.id}/audit?view=compare&by=rooms&a=${member.id}&b=${capability.id}&only=1`,
  );
  const table = page.getByRole("table", { name: "member compared with capability" });
  await expect(table.locator("thead th")).toHaveText(["member", "capability", "member", "capability", "difference"]);
  const rows = await bodyRows(page, "member compared with capability");
  expect(rows).toEqual([
    [seed.ann.email, "level", "admin", "limited", "differs"],
    [seed.ann.email, "LLM", "no", "=HYPERLINK(1)/x, -2+3/y", "differs"],
    [seed.ann.email, "Admin", "yes", "no", "differs"],
  ]);
  expect(await downloadedText(page, "Export CSV")).toBe(
    [
      "member,capability,member,capability,difference",
      `${seed.ann.email},level,admin,limited,differs`,
      `${seed.ann.email},LLM,no,"'=HYPERLINK(1)/x, -2+3/y",differs`,
      `${seed.ann.email},Admin,yes,no,differs`,
      "",
    ].join("\r\n"),
  );
  const json = JSON.parse(await downloadedText(page, "Export JSON")) as Record<string, string>[];
  expect(json.map((r) => [r.member, r.capability, r["first (member)"], r["second (capability)"]])).toEqual(
    rows.map((r) => r.slice(0, 4)),
  );
});

test("the journal says who changed what, before and after, filters by member and day, and exports what it shows", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  const readOnly = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });
  await user.api.updateRoomGrant(
    seed.project.id,
    { roomId: seed.lab.id, userId: seed.annId, permissions: readOnly },
    { bulkId: "bulk-journey" },
  );
  await signInAndOpen(page, user.token, `/project/${seed.project.id}/audit?view=journal`);
  await page.getByLabel("Member (id or e-mail)").fill(seed.ann.email.toUpperCase());
  await expect(page.getByRole("status").filter({ hasText: "change" })).toHaveText("3 changes");
  const rows = await bodyRows(page, "Grant changes");
  expect(rows.map((r) => r.slice(1))).toEqual([
    [
      user.email,
      "lab",
      seed.ann.email,
      "changed",
      "Storage: can read everything under /data, write under /data",
      "Storage: can read everything under /data, write nowhere",
      "bulk-journey",
      "Revert",
    ],
    [user.email, "ops", seed.ann.email, "granted", "no grant", "LLM: only openai/*", "", ""],
    [
      user.email,
      "lab",
      seed.ann.email,
      "granted",
      "no grant",
      "Storage: can read everything under /data, write under /data",
      "",
      "",
    ],
  ]);
  const csv = (await downloadedText(page, "Export CSV")).split("\r\n");
  expect(csv[0]).toBe("at,by,room,member,change,before,after,bulk change");
  expect(csv.slice(1, -1).map((line) => line.split(",").slice(0, 5))).toEqual(rows.map((r) => r.slice(0, 5)));

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("From (day)").fill(tomorrow);
  await expect(page.getByRole("status").filter({ hasText: "change" })).toHaveText("0 changes");
});

test("findings: rooms nobody administers and members with no grant are fixed in one click through the preview", async ({
  page,
  user,
  admin,
}) => {
  const { seed, cid } = await seedWithoutGrant(user, admin);
  await signInAndOpen(page, user.token, `/project/${seed.project.id}/audit?view=findings`);
  const heading = (text: string) => page.getByRole("heading", { level: 3 }).filter({ hasText: text });
  await expect(heading("Rooms where nobody holds admin")).toHaveText("Rooms where nobody holds admin: 2 rooms");
  await expect(heading("Members with no grant")).toHaveText("Members with no grant: 2 members");

  await page.getByRole("button", { name: "Give me admin in these rooms" }).click();
  const adminDialog = page.getByRole("dialog", { name: "Give me admin in the rooms nobody administers" });
  await expect(adminDialog.getByTestId("bulk-counts")).toHaveText(
    "2 grants to create, 0 to change, 0 to delete; 0 unchanged.",
  );
  await adminDialog.getByLabel("I understand, and want to give this sensitive access").check();
  await adminDialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await adminDialog.getByRole("button", { name: "Close" }).click();
  await expect(heading("Rooms where nobody holds admin")).toHaveText("Rooms where nobody holds admin: 0 rooms");
  // The owner now holds grants; cid is the one left.
  await expect(heading("Members with no grant")).toHaveText("Members with no grant: 1 member");

  await pickOption(page, "Room for them", "ops");
  await page.getByRole("button", { name: "Grant them the user default" }).click();
  const grantDialog = page.getByRole("dialog", { name: "Grant the members with no grant the user default in ops" });
  await expect(grantDialog.getByTestId("bulk-counts")).toHaveText(
    "1 grant to create, 0 to change, 0 to delete; 0 unchanged.",
  );
  const consent = grantDialog.getByLabel("I understand, and want to give this sensitive access");
  if (await consent.isVisible()) await consent.check();
  await grantDialog.getByRole("button", { name: "Apply 1 change" }).click();
  await grantDialog.getByRole("button", { name: "Close" }).click();
  await expect(heading("Members with no grant")).toHaveText("Members with no grant: 0 members");
  expect((await user.api.getRoomGrant(seed.project.id, seed.ops.id, cid.id)).permissions.storage).not.toBeNull();
});

test("a member who is not an admin gets a plain explanation on every audit view, and no one's access", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  await connect(page, seed.ann.token, { remember: true });
  for (const view of ["member", "journal"]) {
    await page.goto(`/project/${seed.project.id}/audit?view=${view}`);
    await expect(page.getByRole("note")).toHaveText(
      "This page is not available to youOnly project admins can use this page; your role is member.",
    );
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByText(seed.bob.email)).toHaveCount(0);
  }
});
