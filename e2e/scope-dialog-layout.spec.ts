import { connect, createUser, expect, test } from "./fixtures.ts";

test.use({ viewport: { width: 1366, height: 860 } });

test("the scope dialog keeps a user-default summary compact, the sections in view, and Save one Tab away", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Dialog");
  const guest = await createUser(admin, "guest");
  await user.api.addMember(project.id, (await guest.api.whoami()).id, {});
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/rooms`);
  await page.getByRole("button", { name: "New room" }).click();
  const create = page.getByRole("dialog", { name: "New room" });
  await create.getByLabel("Room name").fill("lobby");
  await create.getByLabel("Find a member").fill(guest.email);
  await expect(create.getByLabel("Member to add")).toContainText(guest.email);
  await create.getByLabel("Preset for the new member").selectOption({ label: "User default" });
  await create.getByRole("button", { name: "Add permission" }).click();
  await create.getByRole("button", { name: `Edit scope of E2E guest <${guest.email}>` }).click();
  const dialog = page.getByRole("dialog", { name: `Scope for E2E guest <${guest.email}>` });
  await expect(dialog.getByTestId("preset-label")).toHaveText("= user default");

  // Collapsed: one short line; the full description is one click away.
  const details = dialog.getByRole("button", { name: /^Show details \(\d+\)$/ });
  await expect(details).toHaveAttribute("aria-expanded", "false");
  await expect(dialog.getByTestId("scope-overview-short")).toBeVisible();

  const visibleSections = await dialog.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return [...element.querySelectorAll("section[data-grant]")].filter((section) => {
      const r = section.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    }).length;
  });
  expect(visibleSections).toBeGreaterThanOrEqual(6);

  const save = dialog.getByRole("button", { name: "Use this scope" });
  await expect(save).toBeInViewport();
  let presses = 0;
  while (!(await save.evaluate((el) => el === document.activeElement)) && presses < 40) {
    await page.keyboard.press("Tab");
    presses++;
  }
  expect(presses).toBe(1);

  await details.click();
  await expect(dialog.getByRole("button", { name: "Hide details" })).toHaveAttribute("aria-expanded", "true");
  await expect(dialog.getByTestId("scope-summary")).toContainText(
    "Messaging: can send, broadcast and list participants",
  );
});
