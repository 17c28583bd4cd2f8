import { connect, expect, tabTo, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

const projectPages = ["rooms", "members", "grants", "audit", "storage", "oauth-clients", "api-keys", "settings"];

// One test per theme and per role, so each stays well inside its time limit on a busy machine.
for (const colorScheme of ["light", "dark"] as const) {
  test(`connect, the projects list and the new-project dialog pass axe in the ${colorScheme} theme`, async ({
    page,
    user,
  }) => {
    await page.emulateMedia({ colorScheme });
    await user.api.createProject("Accessible");
    await page.goto("/connect");
    await expectNoSeriousViolations(page, "Connect");
    await connect(page, user.token, { remember: true });
    await expect(page.getByRole("link", { name: "Accessible" })).toBeVisible();
    await expectNoSeriousViolations(page, "Projects");

    await page.getByRole("button", { name: "New project" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoSeriousViolations(page, "New project dialog");
  });

  for (const label of ["admin", "member"] as const) {
    test(`every page of a project passes axe for its ${label} in the ${colorScheme} theme`, async ({
      page,
      admin,
      user,
    }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      const project =
        label === "admin" ? await user.api.createProject("Accessible") : await admin.createProject("Member view");
      if (label === "admin") await user.api.createRoom(project.id, { name: "lobby" });
      else await admin.addMember(project.id, user.id, {});
      await connect(page, user.token, { remember: true });
      for (const path of projectPages) {
        await page.goto(`/project/${project.id}/${path}`);
        await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(project.name);
        await expect(page.locator(".skeleton")).toHaveCount(0);
        await expectNoSeriousViolations(page, `${path} as ${label}`);
      }
    });
  }
}

test("connecting and creating a project work with the keyboard alone", async ({ page, user }) => {
  await page.goto("/connect");
  await tabTo(page, page.getByLabel("Token"));
  await page.keyboard.type(user.token);
  await tabTo(page, page.getByLabel("Remember on this tab"));
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Remember on this tab")).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: "New project" }));
  await page.keyboard.press("Enter");
  const name = page.getByRole("dialog").getByLabel("Project name");
  await expect(name).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New project" })).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(name).toBeFocused();
  await page.keyboard.type("Typed by keyboard");
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle("Rooms · Typed by keyboard · Meshagent Admin");

  await tabTo(page, page.getByRole("link", { name: "Settings" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Settings (JSON)")).toBeVisible();
});
