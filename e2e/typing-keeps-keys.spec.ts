import type { Locator, Page } from "@playwright/test";
import { parseScope } from "#api/scope/forms.ts";
import { expect, test } from "./fixtures.ts";
import { openMatrix } from "./support/grant-matrix.ts";

// Fields whose text the URL keeps follow every key at once: typed faster than the URL updates (a transition),
// no key is lost, and the URL ends with the whole text.

const text = "abcdefghijklmnopqrstuvwxyz-0123456789";
const readData = parseScope({ storage: { paths: [{ path: "/data", read_only: true }] } });

async function typeFast(page: Page, field: Locator, param: string) {
  await field.pressSequentially(text);
  await expect(field).toHaveValue(text);
  await expect.poll(() => new URL(page.url()).searchParams.get(param) ?? "", { message: param }).toContain(text);
}

test("typing fast into a filter the URL keeps loses no key: the matrix, the question box, the journal", async ({
  page,
  user,
}) => {
  const project = await user.api.createProject("Fast typing");
  const room = await user.api.createRoom(project.id, { name: "alpha" });
  await user.api.createRoomGrant(project.id, { roomId: room.id, userId: user.id, permissions: readData });
  await openMatrix(page, user.token, project.id);
  const rooms = page.getByLabel("Filter rooms by name");
  await typeFast(page, rooms, "rq");
  const members = page.getByLabel("Filter members by name or e-mail");
  await typeFast(page, members, "mq");
  // Filters that match: the fields and the matrix follow.
  await members.fill("");
  await rooms.fill("");
  await rooms.pressSequentially("alph");
  await expect(page.getByRole("gridcell", { name: /^alpha, / })).toHaveCount(1);

  await page.goto(`/project/${project.id}/audit?view=question&q=storage-write&target=/`);
  const target = page.getByLabel("Path", { exact: true });
  await target.fill("");
  await typeFast(page, target, "target");
  await typeFast(page, page.getByLabel("Room (optional)"), "room");

  await page.goto(`/project/${project.id}/audit?view=journal`);
  for (const [label, param] of [
    ["Bulk change", "bulk"],
    ["Room (id or name)", "room"],
    ["Member (id or e-mail)", "member"],
    ["Changed by (id or e-mail)", "by"],
  ] as const) {
    await typeFast(page, page.getByLabel(label), param);
  }
});
