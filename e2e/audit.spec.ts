import { readFile } from "node:fs/promises";
import { parseScope } from "#api/scope/forms.ts";
import { connect, expect, failedRequest, test } from "./fixtures.ts";
import { seedAuditProject } from "./support/audit-seed.ts";
import { bodyRows } from "./support/audit-tables.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

test("who can write /data/x: exactly the right pairs with their reasons, exported as shown", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit?view=question&q=storage-write&target=/data/x`);
  await expect(page.getByRole("status").filter({ hasText: "allowed" })).toHaveText(
    "2 pairs are allowed to write storage /data/x",
  );
  const rows = await bodyRows(page, "Allowed pairs");
  expect(rows).toEqual([
    ["lab", seed.ann.email, 'allowed by storage.paths[0] = {"path":"/data","read_only":false}'],
    ["ops", seed.bob.email, "storage.paths: unrestricted"],
  ]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  const quote = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  expect(csv).toBe(`room,member,decided by\r\n${rows.map((r) => `${r.map(quote).join(",")}\r\n`).join("")}`);

  // Narrowed to one member, in the URL.
  await page.getByRole("combobox", { name: "Member (optional)" }).fill("bob");
  await expect(page).toHaveURL(/member=bob/);
  expect(await bodyRows(page, "Allowed pairs")).toEqual([["ops", seed.bob.email, "storage.paths: unrestricted"]]);
});

test("the journal shows a bulk change and reverts it through the preview", async ({
  page,
  user,
  admin,
  allowConsoleErrors,
}) => {
  // The revert reads each grant first; the revoked one answers 404, which the browser logs.
  allowConsoleErrors(failedRequest(404));
  const seed = await seedAuditProject(user.api, admin);
  const readOnly = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });
  await user.api.updateRoomGrant(
    seed.project.id,
    { roomId: seed.lab.id, userId: seed.annId, permissions: readOnly },
    { bulkId: "bulk-e2e" },
  );
  await user.api.deleteRoomGrant(seed.project.id, seed.ops.id, seed.bobId, { bulkId: "bulk-e2e" });

  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit?view=journal&bulk=bulk-e2e`);
  await expect(page.getByRole("status").filter({ hasText: "change" })).toHaveText("2 changes");
  const rows = await bodyRows(page, "Grant changes");
  expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([
    ["ops", seed.bob.email, "revoked"],
    ["lab", seed.ann.email, "changed"],
  ]);

  await page.getByRole("button", { name: "Revert bulk-e2e" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Revert bulk change bulk-e2e" });
  await expect(dialog).toBeVisible();
  const consent = dialog.getByRole("checkbox");
  if (await consent.isVisible()) await consent.check();
  await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
  await expect(dialog.getByRole("button", { name: "Close" })).toBeVisible();

  expect((await user.api.getRoomGrant(seed.project.id, seed.lab.id, seed.annId)).permissions).toEqual(
    parseScope({ storage: { paths: [{ path: "/data" }] } }),
  );
  expect((await user.api.getRoomGrant(seed.project.id, seed.ops.id, seed.bobId)).permissions).toEqual(
    parseScope({ storage: {} }),
  );
  // The revert is itself one bulk change in the journal.
  const { entries } = await user.api.listGrantJournal(seed.project.id, { limit: 2 });
  expect(new Set(entries.map((e) => e.bulkId)).size).toBe(1);
  expect(entries[0]?.bulkId).not.toBe("bulk-e2e");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`every audit view passes axe in the ${colorScheme} theme`, async ({ page, user, admin }) => {
    await page.emulateMedia({ colorScheme });
    const seed = await seedAuditProject(user.api, admin);
    await connect(page, user.token, { remember: true });
    for (const [view, ready] of [
      ["question&target=/data", "Allowed pairs"],
      ["room", `Access in lab`],
      ["journal", "Grant changes"],
    ] as const) {
      await page.goto(`/project/${seed.project.id}/audit?view=${view}`);
      await expect(page.getByRole("table", { name: ready })).toBeVisible();
      await expectNoSeriousViolations(page, `audit ${view}`);
    }
  });
}
