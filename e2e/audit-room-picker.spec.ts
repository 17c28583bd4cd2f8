import type { Page } from "@playwright/test";
import { parseScope } from "#api/scope/forms.ts";
import { connect, createUser, expect, seedRooms, type TestUser, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

// The audit's room pickers are searchable comboboxes: 60 rooms holding a grant, the first 50 listed,
// typing narrows, arrows and Enter pick, Escape keeps the choice; the chosen room stays in the URL.

async function seedManyRooms(user: TestUser, count = 60) {
  const project = await user.api.createProject("Many rooms");
  await seedRooms(user.api, project.id, count);
  const rooms = (await user.api.listRooms(project.id, { offset: 0, limit: 100 })).rooms;
  for (let i = 0; i < rooms.length; i += 20)
    await Promise.all(
      rooms
        .slice(i, i + 20)
        .map((room) =>
          user.api.createRoomGrant(project.id, { roomId: room.id, userId: user.id, permissions: parseScope({}) }),
        ),
    );
  return { project, rooms };
}

const picker = (page: Page, label: string) => ({
  box: page.getByRole("combobox", { name: label, exact: true }),
  options: page.getByRole("listbox", { name: label, exact: true }).getByRole("option"),
});

test("room access: type to narrow, arrows and Enter pick, Escape keeps the choice, the room stays in the URL", async ({
  page,
  user,
}) => {
  const { project, rooms } = await seedManyRooms(user);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/audit?view=room`);
  const { box, options } = picker(page, "Room");
  await expect(box).toHaveValue("room-001");
  await expect(page.getByRole("table", { name: "Access in room-001" })).toBeVisible();

  await box.click();
  await expect(options).toHaveCount(50);
  await expect(box).toHaveAccessibleDescription("Showing 50 of 60 rooms; type to narrow.");
  await box.fill("room-05");
  await expect(options).toHaveText(
    ["room-050", "room-051", "room-052", "room-053", "room-054"].concat([
      "room-055",
      "room-056",
      "room-057",
      "room-058",
      "room-059",
    ]),
  );
  await expect(box).toHaveAccessibleDescription("10 rooms match.");
  await box.press("ArrowDown");
  await box.press("ArrowDown");
  const highlighted = await box.getAttribute("aria-activedescendant");
  await expect(page.locator(`[id="${highlighted}"]`)).toHaveText("room-051");
  await box.press("Enter");
  await expect(box).toHaveValue("room-051");
  await expect(page.getByRole("table", { name: "Access in room-051" })).toBeVisible();
  const chosen = rooms.find((r) => r.name === "room-051")?.id ?? "";
  await expect(page).toHaveURL(new RegExp(`roomId=${chosen}`));

  // Typing then Escape (or leaving) changes nothing: the field shows the chosen room again.
  await box.fill("room-00");
  await box.press("Escape");
  await expect(box).toHaveValue("room-051");
  await expect(options).toHaveCount(0);
  await page.reload();
  await expect(picker(page, "Room").box).toHaveValue("room-051");
  await picker(page, "Room").box.fill("no such room");
  await expect(picker(page, "Room").box).toHaveAccessibleDescription("No room matches.");
});

test("findings: the room for members with no grant is picked by search, and the fix names it", async ({
  page,
  user,
  admin,
}) => {
  const { project } = await seedManyRooms(user);
  await user.api.addMember(project.id, (await createUser(admin, "idle")).id);
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/audit?view=findings`);
  const { box, options } = picker(page, "Room for them");
  await box.click();
  await expect(options).toHaveCount(50);
  await box.fill("042");
  await expect(options).toHaveText(["room-042"]);
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(box).toHaveValue("room-042");
  await page.getByRole("button", { name: "Grant them the user default" }).click();
  await expect(
    page.getByRole("dialog", { name: "Grant the members with no grant the user default in room-042" }),
  ).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the open room picker passes axe in the ${colorScheme} theme`, async ({ page, user, admin }) => {
    await page.emulateMedia({ colorScheme });
    const { project } = await seedManyRooms(user, 12);
    // A member with no grant: the findings then offer a room for them.
    await user.api.addMember(project.id, (await createUser(admin, "idle")).id);
    await connect(page, user.token, { remember: true });
    // Token preview and Compare use the same picker.
    for (const [view, label] of [
      ["room", "Room"],
      ["findings", "Room for them"],
    ] as const) {
      await page.goto(`/project/${project.id}/audit?view=${view}`);
      const { box, options } = picker(page, label);
      await box.click();
      await box.press("ArrowDown");
      await expect(options.first()).toBeVisible();
      await expectNoSeriousViolations(page, `${view}, ${label} picker open, ${colorScheme}`);
    }
  });
}
