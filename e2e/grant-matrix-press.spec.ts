import { parseScope } from "#api/scope/forms.ts";
import { expect, test } from "./fixtures.ts";
import { escapeRegExp, matrixCell, openMatrix } from "./support/grant-matrix.ts";

// A cell's tooltip shows after the pointer rests on it, and redraws the cell: a press that outlasts the rest must
// still open the cell's grant dialog, and a press released on another cell must open none.

const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

test("a slow click on a cell opens its dialog though the tooltip showed during the press", async ({ page, user }) => {
  const project = await user.api.createProject("Slow click");
  for (const name of ["alpha", "beta"]) {
    const room = await user.api.createRoom(project.id, { name });
    await user.api.createRoomGrant(project.id, { roomId: room.id, userId: user.id, permissions: readData });
  }
  await openMatrix(page, user.token, project.id);
  const alpha = matrixCell(page, "alpha", user.email);
  const beta = matrixCell(page, "beta", user.email);
  const dialogOf = (room: string) =>
    page.getByRole("dialog", { name: new RegExp(`^Grant of .*${escapeRegExp(user.email)}.* in ${room}$`) });
  const centre = async (cell: typeof alpha) => {
    const box = await cell.boundingBox();
    if (!box) throw new Error("the cell is not on screen");
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  // Pressed at once on arrival, released after the tooltip has shown.
  const at = await centre(alpha);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await expect(page.getByRole("tooltip")).toContainText(`${user.email} in alpha`);
  await page.mouse.up();
  await expect(dialogOf("alpha")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialogOf("alpha")).toHaveCount(0);

  // Pressed on one cell and released on another: no dialog.
  const from = await centre(alpha);
  const to = await centre(beta);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // A plain click still opens the dialog, once.
  await beta.click();
  await expect(dialogOf("beta")).toHaveCount(1);
});

test("a cell's tooltip never stays over a dialog that covers the cell, so Escape reaches the dialog", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("Tip under dialog");
  const room = await user.api.createRoom(project.id, { name: "alpha" });
  await user.api.createRoomGrant(project.id, { roomId: room.id, userId: user.id, permissions: readData });
  await openMatrix(page, user.token, project.id);
  const cell = matrixCell(page, "alpha", user.email);
  const dialog = page.getByRole("dialog", { name: new RegExp(`^Grant of .*${escapeRegExp(user.email)}.* in alpha$`) });
  const preset = dialog.getByTestId("preset-label");
  const tooltip = page.locator("[data-radix-popper-content-wrapper]");

  // A click opens the cell and Escape closes it: the cell, uncovered under the resting pointer, is redrawn when
  // the matrix reads it again. Enter opens it again at once, before the tooltip's rest is over. The dialog then
  // covers the pointer: no tooltip may come up over it, and Escape must close it. The race is the browser's, so
  // it runs a few times.
  for (let round = 1; round <= 3; round++) {
    await cell.click();
    await expect(preset).toHaveText(/storage \(read-only\)/);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await page.getByRole("grid").focus();
    await page.keyboard.press("Enter");
    await expect(preset).toHaveText(/storage \(read-only\)/);
    await page.waitForTimeout(600); // twice the tooltip's rest: a tooltip that was to come has come
    await expect(tooltip, `round ${round}`).toHaveCount(0);
    await dialog.press("Escape");
    await expect(dialog, `round ${round}`).toHaveCount(0);
    await page.mouse.move(1, 1);
  }
});
