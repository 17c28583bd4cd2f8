import { randomUUID } from "node:crypto";
import type { Locator } from "@playwright/test";
import { parseScope } from "#api/scope/forms.ts";
import { expect, failedRequest, signInAndOpen, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { escapeRegExp, matrixCell } from "./support/grant-matrix.ts";
import { previewPatch } from "./support/grant-matrix-bulk.ts";
import { addNewMember } from "./support/seed-project.ts";

// The grant matrix at its edges: callers who are not admins, a project with nothing in it, names
// that are long, spaced, accented or right-to-left, and a room deleted while the page is open.

const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

for (const role of ["member", "developer"] as const) {
  test(`a ${role} who is not an admin is told the matrix is for admins, and no grant is asked for`, async ({
    page,
    admin,
    user,
  }) => {
    const project = await user.api.createProject("Roles");
    await user.api.createRoom(project.id, { name: "alpha" });
    const flags = role === "developer" ? { isDeveloper: true } : {};
    const other = await addNewMember(admin, user.api, project.id, role, flags);
    const grantCalls: string[] = [];
    page.on("request", (r) => r.url().includes("/room-grants") && grantCalls.push(r.url()));
    await signInAndOpen(page, other.token, `/project/${project.id}/grants`);
    await expect(page.getByText(`Only project admins can use this page; your role is ${role}.`)).toBeVisible();
    await expect(page.getByRole("grid")).toHaveCount(0);
    expect(grantCalls).toEqual([]);
  });
}

test("an empty project says what to do instead of showing a blank grid", async ({ page, user }) => {
  const project = await user.api.createProject("Empty");
  await signInAndOpen(page, user.token, `/project/${project.id}/grants`);
  const empty = page.getByRole("status").filter({ hasText: "No rooms" });
  await expect(empty).toBeVisible();
  await expect(empty.getByRole("link", { name: "Create a room on the Rooms page" })).toHaveAttribute(
    "href",
    `/project/${project.id}/rooms`,
  );
  await expect(page.getByRole("grid")).toHaveCount(0);
  await expectNoSeriousViolations(page, "the empty matrix");

  // Rooms but a filter that matches none: the message says so and offers to clear it.
  await user.api.createRoom(project.id, { name: "alpha" });
  await page.goto(`/project/${project.id}/grants?rq=nothing-like-this`);
  await expect(page.getByRole("status").filter({ hasText: "No room matches" })).toBeVisible();
  await page.getByRole("button", { name: "Clear the filters" }).click();
  await expect(page.getByRole("grid")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/project/${project.id}/grants$`));
});

test("long names, and members named in accented or right-to-left script, are shown as text and found by the filter", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Names");
  const longRoom = `long-${"x".repeat(58)}`;
  const rooms = await Promise.all(["north-wing", longRoom].map((name) => user.api.createRoom(project.id, { name })));
  const people = [
    { email: `rtl-${randomUUID().slice(0, 8)}@e2e.test`, firstName: "مريم", lastName: "العلي" },
    { email: `${"l".repeat(60)}-${randomUUID().slice(0, 8)}@e2e.test`, firstName: "Zoë <b>Ünal</b>", lastName: "Ng" },
  ];
  for (const person of people) {
    const created = await admin.createUser(person);
    await user.api.addMember(project.id, created.id, {});
    for (const room of rooms)
      await user.api.createRoomGrant(project.id, { roomId: room.id, userId: created.id, permissions: readData });
  }
  const [rtl, long] = people as [(typeof people)[0], (typeof people)[0]];
  await signInAndOpen(page, user.token, `/project/${project.id}/grants`);
  for (const room of ["north-wing", longRoom])
    for (const person of people)
      await expect(matrixCell(page, room, person.email)).toHaveAttribute("data-level", "limited");
  await expect(page.locator("b")).toHaveCount(0);
  const members = page.getByLabel("Filter members by name or e-mail");
  await members.fill("العلي");
  await expect(page.getByRole("columnheader", { name: new RegExp(escapeRegExp(rtl.email)) })).toBeVisible();
  await expect(page.getByRole("gridcell")).toHaveCount(2);
  await members.fill("zoë <b>");
  await expect(page.getByRole("columnheader", { name: new RegExp(escapeRegExp(long.email)) })).toBeVisible();
  await expect(page.getByRole("gridcell")).toHaveCount(2);
  // A long name is cut on screen but kept whole for the pointer and for screen readers.
  await page.getByLabel("Filter rooms by name").fill("long-");
  await expect(page.getByRole("rowheader").getByTitle(longRoom, { exact: true })).toBeVisible();
  const header = await page.getByRole("rowheader").boundingBox();
  expect(header?.width).toBeLessThan(300);
});

test("a room deleted while the page is open: its cell reports it, and the matrix follows the server", async ({
  page,
  user,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(failedRequest(404), failedRequest(400));
  const project = await user.api.createProject("Deleted");
  const [alpha, beta] = await Promise.all(["alpha", "beta"].map((name) => user.api.createRoom(project.id, { name })));
  if (!alpha || !beta) throw new Error("seed failed");
  await signInAndOpen(page, user.token, `/project/${project.id}/grants`);
  await expect(matrixCell(page, "beta", user.email)).toHaveAttribute("data-level", "empty");
  await user.api.deleteRoom(project.id, beta.id);

  // A bulk change over the deleted room's cell fails with the server's reason.
  await page.getByRole("button", { name: /select row beta$/ }).click();
  const preview = await previewPatch(page, { turnOn: "Messaging" });
  await preview.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(preview.getByRole("status")).toHaveText("0 applied, 1 failed.");
  await expect(preview.getByRole("list", { name: "Cells not written" })).toContainText(
    `${user.email} in beta: room_id:`,
  );
  await preview.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("rowheader")).toHaveText([/^alpha/]);
});

test("a grant whose storage lists no paths allows nothing (as the SDK reads it): no glyph, no access", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("No paths");
  const room = await user.api.createRoom(project.id, { name: "alpha" });
  const noPaths = parseScope({ storage: { paths: [] } });
  await user.api.createRoomGrant(project.id, { roomId: room.id, userId: user.id, permissions: noPaths });
  await signInAndOpen(page, user.token, `/project/${project.id}/grants`);
  const cell = matrixCell(page, "alpha", user.email);
  await expect(cell).toHaveAttribute("data-level", "none");
  await expect(cell).toHaveText("·");
  await expect(cell).toHaveAccessibleName(/: Storage: no paths/);
});

// However the dialog is closed, the matrix learns what the failed save learnt.
const closings = {
  Cancel: (dialog: Locator) => dialog.getByRole("button", { name: "Cancel" }).click(),
  Escape: (dialog: Locator) => dialog.press("Escape"),
  "a click outside": (dialog: Locator) => dialog.page().mouse.click(4, 4),
};

for (const [closing, close] of Object.entries(closings)) {
  test(`a room deleted while its cell's grant dialog is open: the save reports it, and after ${closing} its row is gone`, async ({
    page,
    user,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(failedRequest(400));
    const project = await user.api.createProject("Deleted under the dialog");
    const [alpha, beta] = await Promise.all(["alpha", "beta"].map((name) => user.api.createRoom(project.id, { name })));
    if (!alpha || !beta) throw new Error("seed failed");
    await signInAndOpen(page, user.token, `/project/${project.id}/grants`);
    await matrixCell(page, "beta", user.email).click();
    const dialog = page.getByRole("dialog", { name: "Grant access to beta" });
    await expect(dialog.getByRole("button", { name: "Create grant" })).toBeEnabled();
    // The cell is one room and one member: the outcome is that cell's.
    await expect(dialog.getByRole("button", { name: /^Change the / })).toHaveCount(0);
    await user.api.deleteRoom(project.id, beta.id);
    await dialog.getByRole("button", { name: "Create grant" }).click();
    await expect(dialog).toContainText("room_id: no room in this project has this id");
    await close(dialog);
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("rowheader")).toHaveText([/^alpha/]);
  });
}

test("a hand-made URL with unknown values falls back to the defaults instead of breaking the page", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("Fuzz");
  await user.api.createRoom(project.id, { name: "alpha" });
  await signInAndOpen(
    page,
    user.token,
    `/project/${project.id}/grants?rows=sideways&rooms=some&rsort=size&msort=%00&lens=%3Cscript%3E&mq=%25%28%5B&rq=`,
  );
  await expect(page.getByRole("status").filter({ hasText: "No member matches “%([”." })).toBeVisible();
  await expect(page.getByLabel("Sort rooms")).toHaveValue("name");
  await expect(page.getByLabel("Which rooms")).toHaveValue("all");
  await page.getByRole("button", { name: "Clear the filters" }).click();
  await expect(page.getByRole("grid", { name: "Grants: rooms × members" })).toBeVisible();
  await expect(matrixCell(page, "alpha", user.email)).toHaveAttribute("data-level", "empty");
});
