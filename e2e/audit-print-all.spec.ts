import { parseScope } from "#api/scope/forms.ts";
import { connect, expect, seedRooms, test } from "./fixtures.ts";

// A printed Question box report holds every answered row, not only the hundred on screen.

test("printing the question box prints every answered pair; the screen goes back to the first 100", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("Printed");
  await seedRooms(user.api, project.id, 130);
  const rooms = (await user.api.listRooms(project.id, { offset: 0, limit: 200 })).rooms;
  const llm = parseScope({ llm: { models: ["openai/*"] } });
  for (let i = 0; i < rooms.length; i += 25)
    await Promise.all(
      rooms
        .slice(i, i + 25)
        .map((room) => user.api.createRoomGrant(project.id, { roomId: room.id, userId: user.id, permissions: llm })),
    );
  await connect(page, user.token, { remember: true });
  await page.goto(`/project/${project.id}/audit?view=question&q=llm&target=openai%2Fgpt`);
  const rows = page.getByRole("table", { name: "Allowed pairs" }).locator("tbody tr");
  await expect(page.getByRole("status").filter({ hasText: "130 pairs are" })).toContainText("the first 100 shown");
  await expect(rows).toHaveCount(100);

  await page.emulateMedia({ media: "print" });
  await expect(rows).toHaveCount(130);
  await expect(rows.last()).toContainText("room-130");
  await expect(page.getByRole("status").filter({ hasText: "130 pairs are" })).not.toContainText("first 100");

  await page.emulateMedia({ media: "screen" });
  await expect(rows).toHaveCount(100);

  // window.print() and Ctrl+P announce themselves with beforeprint / afterprint.
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await expect(rows).toHaveCount(130);
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(rows).toHaveCount(100);
});
