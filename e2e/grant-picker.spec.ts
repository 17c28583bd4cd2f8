import { parseScope } from "#api/scope/forms.ts";
import { connect, createUser, expect, test } from "./fixtures.ts";

const readOnlyData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

test("the Grant access picker marks members who already have a grant here, and picking one opens their grant", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Pickers");
  const room = await user.api.createRoom(project.id, { name: "lobby" });
  await user.api.createRoom(project.id, { name: "attic" });
  const holder = await createUser(admin, "holder");
  const holderId = (await holder.api.whoami()).id;
  const newcomer = await createUser(admin, "newcomer");
  await user.api.addMember(project.id, holderId, {});
  await user.api.addMember(project.id, (await newcomer.api.whoami()).id, {});
  await user.api.createRoomGrant(project.id, { roomId: room.id, userId: holderId, permissions: readOnlyData });
  await connect(page, user.token, { remember: true });

  await page.goto(`/project/${project.id}/rooms/lobby`);
  await page.getByRole("link", { name: "Grant access" }).click();
  const matches = page.getByRole("dialog").getByRole("list", { name: "Matching members" });
  await expect(
    matches.getByRole("button", { name: `E2E holder <${holder.email}> has a grant: edit it` }),
  ).toBeVisible();
  await expect(matches.getByRole("button", { name: `E2E newcomer <${newcomer.email}>`, exact: true })).toBeVisible();

  await matches.getByRole("button", { name: holder.email }).click();
  const dialog = page.getByRole("dialog", { name: /^Grant of .* in lobby$/ });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/rooms/lobby\\?grant=${holderId}$`));
  await expect(dialog.getByTestId("scope-summary")).toHaveText(
    "Storage: can read everything under /data, write nowhere",
  );
  await expect(dialog.getByRole("button", { name: "Revoke grant…" })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/rooms\/lobby$/);

  // From the member's side, the rooms they hold a grant in are marked the same way.
  await page.goto(`/project/${project.id}/members/${holderId}`);
  await page.getByRole("link", { name: "Grant access to a room" }).click();
  const rooms = page.getByRole("dialog").getByRole("list", { name: "Matching rooms" });
  await expect(rooms.getByRole("button", { name: "attic", exact: true })).toBeVisible();
  await rooms.getByRole("button", { name: "lobby has a grant: edit it" }).click();
  await expect(page.getByRole("dialog", { name: /^Grant of .* in lobby$/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/members/${holderId}\\?grant=${room.id}$`));
});
