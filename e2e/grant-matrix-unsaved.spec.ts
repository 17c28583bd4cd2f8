import type { Locator } from "@playwright/test";
import { parseScope, toCompact } from "#api/scope/forms.ts";
import { expect, test } from "./fixtures.ts";
import { escapeRegExp, grantOf, matrixCell, openMatrix } from "./support/grant-matrix.ts";

// A matrix cell's grant dialog keeps unsaved edits as the room and member pages do: closing it asks first.

const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

/** Each way of closing the dialog that must ask first while there are unsaved edits. */
const closings = {
  Escape: (dialog: Locator) => dialog.press("Escape"),
  "a click outside": (dialog: Locator) => dialog.page().mouse.click(4, 4),
  Cancel: (dialog: Locator) => dialog.getByRole("button", { name: "Cancel" }).click(),
};

test("closing a cell's grant dialog with unsaved edits asks first; a clean one closes at once", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("Unsaved");
  const room = await user.api.createRoom(project.id, { name: "alpha" });
  await user.api.createRoomGrant(project.id, { roomId: room.id, userId: user.id, permissions: readData });
  await openMatrix(page, user.token, project.id);
  const cell = matrixCell(page, "alpha", user.email);
  await expect(cell).toHaveAttribute("data-level", "limited");
  const before = await cell.getAttribute("aria-label");
  const editor = page.getByRole("dialog", { name: new RegExp(`^Grant of .*${escapeRegExp(user.email)}.* in alpha$`) });
  const ask = page.getByRole("dialog", { name: "Discard your changes?" });
  const preset = editor.getByTestId("preset-label");
  // A closed dialog has the matrix read its cell again; the cell is redrawn when that answer comes.
  const cellReread = () =>
    page.waitForResponse(
      (r) => r.url().endsWith(`/room-grants/${room.id}/${user.id}`) && r.request().method() === "GET",
    );

  // Clean: Escape closes without asking.
  await cell.click();
  await expect(preset).toHaveText(/storage \(read-only\)/);
  let reread = cellReread();
  await page.keyboard.press("Escape");
  await expect(editor).toHaveCount(0);
  await expect(ask).toHaveCount(0);
  await reread;

  // Edited: Escape, a click outside and Cancel each ask; keeping the edits keeps them, focus back in the editor.
  // Reopened from the keyboard (Enter opens the active cell): a click just after a close can be lost
  // while the cell's tooltip comes back.
  await page.getByRole("grid").focus();
  await page.keyboard.press("Enter");
  const full = editor.getByRole("button", { name: "Full", exact: true });
  await full.click();
  await expect(preset).toHaveText("= full");
  for (const [closing, close] of Object.entries(closings)) {
    await test.step(`${closing} asks; Cancel keeps the edits`, async () => {
      await close(editor);
      await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
      await ask.getByRole("button", { name: "Cancel" }).click();
      await expect(ask).toHaveCount(0);
      await expect(preset).toHaveText("= full");
      await expect
        .poll(() => editor.evaluate((el) => el.contains(document.activeElement)), { message: `focus after ${closing}` })
        .toBe(true);
    });
  }

  // Escape again, then discard: the dialog closes and the cell is still what the server holds.
  await page.keyboard.press("Escape");
  reread = cellReread();
  await ask.getByRole("button", { name: "Discard changes" }).click();
  await expect(ask).toHaveCount(0);
  await expect(editor).toHaveCount(0);
  await reread;
  const stored = await grantOf(user.api, project.id, room.id, user.id);
  expect(stored && toCompact(stored)).toEqual(toCompact(readData));
  await expect(cell).toHaveAttribute("data-level", "limited");
  await expect(cell).toHaveAttribute("aria-label", before ?? "");
});
