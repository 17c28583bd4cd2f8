import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { decodeJwt } from "jose";
import { parseScope } from "#api/scope/forms.ts";
import { connect, expect, test } from "./fixtures.ts";
import { seedAuditProject } from "./support/audit-seed.ts";
import { bodyRows } from "./support/audit-tables.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { pickOption } from "./support/pick-option.ts";

// Member access, token preview and compare, on the audit's seeded project; and printing a view as a report.

const none = (n: number) => Array<string>(n).fill("no");

async function downloadedText(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFile((await download.path()) ?? "", "utf8");
}

const csvOf = (header: string[], rows: string[][]) =>
  [header, ...rows]
    .map((r) => `${r.map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",")}\r\n`)
    .join("");

test("member access: every room a member can enter, capability by capability, exported as shown", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit?view=member&memberId=${seed.annId}`);
  const table = `Access of ${seed.ann.email}`;
  await expect(page.getByRole("table", { name: table })).toBeVisible();
  const header = await page.getByRole("table", { name: table }).locator("thead th").allTextContents();
  expect(header.slice(0, 4)).toEqual(["room", "level", "Storage: read", "Storage: write"]);
  expect(header.indexOf("LLM")).toBe(11);
  const annRows = [
    ["lab", "limited", "/data", "/data", ...none(11)],
    ["ops", "limited", ...none(9), "openai/*", ...none(3)],
  ];
  expect(await bodyRows(page, table)).toEqual(annRows);
  expect(await downloadedText(page, "Export CSV")).toBe(csvOf(header, annRows));

  // The picker is a labelled searchable combobox, kept in the URL; bob's /data/x is shadowed by the read-only /data before it.
  await pickOption(page, "Member", seed.bob.email);
  await expect(page).toHaveURL(new RegExp(`memberId=${seed.bobId}`));
  await expect(page.getByRole("table", { name: `Access of ${seed.bob.email}` })).toBeVisible();
  expect(await bodyRows(page, `Access of ${seed.bob.email}`)).toEqual([
    ["lab", "limited", "/data, /data/x", ...none(12)],
    ["ops", "limited", "everywhere", "everywhere", ...none(11)],
  ]);
});

test("token preview: the api grant bob's token carries in lab, as the server mints it; none where he holds no grant", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  const den = await user.api.createRoom(seed.project.id, { name: "den" });
  await user.api.createRoomGrant(seed.project.id, { roomId: den.id, userId: seed.annId, permissions: parseScope({}) });
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit?view=token&roomId=${seed.lab.id}&memberId=${seed.bobId}`);

  const api = { storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }] } };
  const shown = page.getByRole("figure", { name: "The api grant, as the token carries it" }).locator("pre");
  expect(JSON.parse((await shown.textContent()) ?? "")).toEqual(api);
  // Exactly what the server puts in the token it mints for bob.
  const { jwt } = await seed.bob.api.connectRoom(seed.project.id, "lab");
  const grants = decodeJwt(jwt).grants as { name: string; scope: unknown }[];
  expect(grants.find((g) => g.name === "api")?.scope).toEqual(api);
  await expect(page.getByRole("list", { name: "What the api grant allows" }).getByRole("listitem")).toHaveText([
    "Storage: can read everything under /data and /data/x, write nowhere",
  ]);

  await pickOption(page, "Room", "den");
  await expect(page.getByRole("note")).toContainText(`${seed.bob.email} holds no grant in den`);
  await expect(page.getByRole("link", { name: `Grant ${seed.bob.email} access to den` })).toBeVisible();
  await pickOption(page, "Member", seed.ann.email);
  await expect(shown).toHaveText("{}");
  await expect(page.getByRole("list", { name: "What the api grant allows" })).toHaveText(
    "Nothing: every grant type is absent",
  );
});

test("compare: two members room by room, then two rooms member by member, exactly the differences, exported as shown", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  const { ann, bob } = { ann: seed.ann.email, bob: seed.bob.email };
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit?view=compare&by=members&a=${seed.annId}&b=${seed.bobId}`);
  // The box follows the URL, which the router updates a tick after the click.
  const only = page.getByRole("checkbox", { name: "Only the differences" });
  await only.click();
  await expect(only).toBeChecked();
  await expect(page).toHaveURL(/only=1/);
  await expect(page.getByRole("status").filter({ hasText: "differ" })).toHaveText(
    `5 capabilities differ between ${ann} and ${bob}`,
  );
  const members = `${ann} compared with ${bob}`;
  const memberRows = [
    ["lab", "Storage: read", "/data", "/data, /data/x", "differs"],
    ["lab", "Storage: write", "/data", "no", "differs"],
    ["ops", "Storage: read", "no", "everywhere", "differs"],
    ["ops", "Storage: write", "no", "everywhere", "differs"],
    ["ops", "LLM", "openai/*", "no", "differs"],
  ];
  expect(await bodyRows(page, members)).toEqual(memberRows);
  expect(await downloadedText(page, "Export CSV")).toBe(
    csvOf(["room", "capability", ann, bob, "difference"], memberRows),
  );

  await page.getByRole("combobox", { name: "Compare" }).selectOption({ label: "Two rooms" });
  await expect(page.getByRole("table", { name: "lab compared with ops" })).toBeVisible();
  expect(await bodyRows(page, "lab compared with ops")).toEqual([
    [ann, "Storage: read", "/data", "no", "differs"],
    [ann, "Storage: write", "/data", "no", "differs"],
    [ann, "LLM", "no", "openai/*", "differs"],
    [bob, "Storage: read", "/data, /data/x", "everywhere", "differs"],
    [bob, "Storage: write", "no", "everywhere", "differs"],
  ]);
});

test("printing a view gives a report: no header, sidebar, tabs or buttons, the whole table", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  await connect(page, user.token, { remember: true });
  for (const [view, table] of [
    [`member&memberId=${seed.annId}`, `Access of ${seed.ann.email}`],
    ["room", "Access in lab"],
    [`compare&a=${seed.annId}&b=${seed.bobId}`, `${seed.ann.email} compared with ${seed.bob.email}`],
  ] as const) {
    await page.goto(`/project/${seed.project.id}/audit?view=${view}`);
    await expect(page.getByRole("button", { name: "Print report" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("table", { name: table })).toBeVisible();
    await expect(page.getByText("Access report, printed")).toBeVisible();
    for (const chrome of [
      page.getByRole("banner"),
      page.getByRole("navigation", { name: "Project" }),
      page.getByRole("navigation", { name: "Audit views" }),
      page.getByRole("button", { name: "Print report" }),
      page.getByRole("combobox"),
      page.getByRole("checkbox"),
    ]) {
      await expect(chrome).toBeHidden();
    }
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("navigation", { name: "Project" })).toBeVisible();
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`member access, token preview and compare pass axe in the ${colorScheme} theme`, async ({
    page,
    user,
    admin,
  }) => {
    await page.emulateMedia({ colorScheme });
    const seed = await seedAuditProject(user.api, admin);
    await connect(page, user.token, { remember: true });
    for (const [view, ready] of [
      ["member", `Access of ${seed.ann.email}`],
      ["token", "The api grant, as the token carries it"],
      [`compare&a=${seed.annId}&b=${seed.bobId}`, `${seed.ann.email} compared with ${seed.bob.email}`],
    ] as const) {
      await page.goto(`/project/${seed.project.id}/audit?view=${view}`);
      await expect(page.getByRole(view === "token" ? "figure" : "table", { name: ready })).toBeVisible();
      await expectNoSeriousViolations(page, `audit ${view}`);
    }
  });
}
