import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { connect, expect, tabTo, test } from "./fixtures.ts";
import { seedAuditProject } from "./support/audit-seed.ts";
import { bodyRows } from "./support/audit-tables.ts";

// The lists the API answers whole (API keys, a storage folder, the audit's question box) sit in the
// shared table: header buttons sort them from the keyboard, and aria-sort says which column leads.

/** The first cell of every body row. */
const firstCells = (table: Locator) =>
  table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector("td")?.textContent ?? ""));

/** Reaches a column's sort button with Tab, then presses `key` on it. */
async function sortFromKeyboard(page: Page, header: Locator, key: "Enter" | "Space" = "Enter") {
  await tabTo(page, header.getByRole("button"), 60);
  await page.keyboard.press(key);
}

/** A column's header by its label, sorted or not (a sorted one adds ", sorted ascending" for screen readers). */
const columnHeader = (table: Locator, label: string) =>
  table.getByRole("columnheader", { name: new RegExp(`^${label}\\s?(, sorted (ascending|descending))?$`) });
const headerLabels = (labels: string[]) =>
  labels.map((label) => new RegExp(`^${label}\\s?(, sorted (ascending|descending))?$`));

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

test("API keys sort by name and by creation from the keyboard, the headers saying how", async ({ page, user }) => {
  const project = await user.api.createProject("Sorted keys");
  for (const name of ["beta", "alpha", "Gamma"]) {
    await user.api.createApiKey(project.id, name, "");
    await tick(); // distinct creation times
  }
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/api-keys`);
  const table = page.getByRole("table", { name: "API keys" });
  const name = columnHeader(table, "Name");
  const created = columnHeader(table, "Created");
  await expect(table.getByRole("columnheader")).toHaveText(headerLabels(["Name", "Created by", "Created", "Actions"]));
  await expect(columnHeader(table, "Created by").getByRole("button")).toHaveCount(0);
  await expect(created).toHaveAttribute("aria-sort", "ascending");
  await expect(name).not.toHaveAttribute("aria-sort");
  await expect.poll(() => firstCells(table)).toEqual(["beta", "alpha", "Gamma"]);

  await sortFromKeyboard(page, name);
  await expect(name).toHaveAttribute("aria-sort", "ascending");
  await expect(created).not.toHaveAttribute("aria-sort");
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
  await expect.poll(() => firstCells(table)).toEqual(["alpha", "beta", "Gamma"]);
  await page.keyboard.press("Space");
  await expect(name).toHaveAttribute("aria-sort", "descending");
  await expect(name.getByRole("button")).toBeFocused();
  await expect.poll(() => firstCells(table)).toEqual(["Gamma", "beta", "alpha"]);

  // The sort is in the URL: a reload keeps it, and row actions still name their key.
  await page.reload();
  await expect(name).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => firstCells(table)).toEqual(["Gamma", "beta", "alpha"]);
  await expect(table.getByRole("row").nth(1).getByRole("button", { name: "Delete Gamma" })).toBeVisible();
});

test("a folder sorts by name, size and date from the keyboard, and keeps its sort into a subfolder", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("Sorted files");
  const bytes = (size: number) => new Uint8Array(size);
  for (const [path, size] of [
    ["z/inner.txt", 1],
    ["b.txt", 300],
    ["a10.txt", 5],
    ["a9.txt", 50],
  ] as const) {
    await user.api.upload(project.id, path, bytes(size));
    await tick(); // distinct modification times
  }
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/storage`);
  const table = page
    .getByRole("region", { name: "Stored files" })
    .getByRole("table", { name: "Files in the top folder" });
  const header = (label: string) => columnHeader(table, label);
  await expect(table.getByRole("columnheader")).toHaveText(headerLabels(["Name", "Size", "Modified", "Actions"]));
  // Folders first, then files by name, numbers by their value.
  await expect(header("Name")).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => firstCells(table)).toEqual(["z/", "a9.txt", "a10.txt", "b.txt"]);

  // A number column sorts largest first on its first press, as TanStack Table does.
  await sortFromKeyboard(page, header("Size"));
  await expect(header("Size")).toHaveAttribute("aria-sort", "descending");
  await expect(header("Name")).not.toHaveAttribute("aria-sort");
  await expect.poll(() => firstCells(table)).toEqual(["b.txt", "a9.txt", "a10.txt", "z/"]);

  await sortFromKeyboard(page, header("Modified"));
  await expect(header("Modified")).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => firstCells(table)).toEqual(["z/", "b.txt", "a10.txt", "a9.txt"]);

  await page.goto(`/project/${project.id}/storage?sort=-name`);
  await expect(header("Name")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => firstCells(table)).toEqual(["b.txt", "a10.txt", "a9.txt", "z/"]);
  await table.getByRole("button", { name: "z/" }).press("Enter");
  await expect(page).toHaveURL(/[?&]dir=z(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=-name(&|$)/);
  const inner = page.getByRole("table", { name: "Files in z" });
  await expect(columnHeader(inner, "Name")).toHaveAttribute("aria-sort", "descending");
  await expect(
    inner.getByRole("row", { name: /inner\.txt/ }).getByRole("button", { name: "Download inner.txt" }),
  ).toBeVisible();
});

test("the question box sorts its pairs from the keyboard like every table, and exports them as shown", async ({
  page,
  user,
  admin,
}) => {
  const seed = await seedAuditProject(user.api, admin);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${seed.project.id}/audit?view=question&q=storage-write&target=/data/x`);
  const table = page.getByRole("table", { name: "Allowed pairs" });
  const header = (label: string) => columnHeader(table, label);
  await expect(table.getByRole("columnheader")).toHaveText(headerLabels(["Room", "Member", "Decided by"]));
  await expect(header("Room")).toHaveAttribute("aria-sort", "ascending");
  const ann = ["lab", seed.ann.email, 'allowed by storage.paths[0] = {"path":"/data","read_only":false}'];
  const bob = ["ops", seed.bob.email, "storage.paths: unrestricted"];
  expect(await bodyRows(page, "Allowed pairs")).toEqual([ann, bob]);

  await sortFromKeyboard(page, header("Member"));
  await expect(header("Member")).toHaveAttribute("aria-sort", "ascending");
  await expect(header("Room")).not.toHaveAttribute("aria-sort");
  await page.keyboard.press("Enter");
  await expect(header("Member")).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/[?&]sort=-member(&|$)/);
  await expect.poll(() => bodyRows(page, "Allowed pairs")).toEqual([bob, ann]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const exported: unknown = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(exported).toEqual([
    { room: "ops", member: seed.bob.email, "decided by": bob[2] },
    { room: "lab", member: seed.ann.email, "decided by": ann[2] },
  ]);

  // The sort stays while the question changes.
  await page.getByRole("combobox", { name: "Member (optional)" }).fill("bob");
  await expect.poll(() => bodyRows(page, "Allowed pairs")).toEqual([bob]);
  await expect(header("Member")).toHaveAttribute("aria-sort", "descending");
});
