import type { Page } from "@playwright/test";
import { parseScope } from "#api/scope/forms.ts";
import { connect, expect, seedRooms, type TestUser, tabTo, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";

// Every audit member picker is the rooms' searchable combobox over the server's search: 55 members
// and the owner, the first 50 listed, typing (an e-mail or a name) narrows, the keyboard alone
// picks, and the member stays in the URL under the parameter each view has always used.

async function seedManyMembers(owner: TestUser, admin: TestUser["api"], count = 55) {
  const project = await owner.api.createProject("Many members");
  await seedRooms(owner.api, project.id, 1);
  const [room] = (await owner.api.listRooms(project.id, { offset: 0, limit: 10 })).rooms;
  if (!room) throw new Error("the seeded room is missing");
  await owner.api.createRoomGrant(project.id, { roomId: room.id, userId: owner.id, permissions: parseScope({}) });
  const run = crypto.randomUUID().slice(0, 8);
  const members: { id: string; email: string }[] = [];
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, async (_, j) => {
      const n = String(i + j).padStart(2, "0");
      const email = `m${n}-${run}@e2e.test`;
      const created = await admin.createUser({ email, firstName: "Pat", lastName: `No${n}` });
      await owner.api.addMember(project.id, created.id);
      return { id: created.id, email };
    });
    members.push(...(await Promise.all(batch)));
  }
  return { project, members };
}

const picker = (page: Page, label: string) => ({
  box: page.getByRole("combobox", { name: label, exact: true }),
  options: page.getByRole("listbox", { name: label, exact: true }).getByRole("option"),
});

const question = "question&q=storage-write&target=/data/x";
// [view, picker label, the URL parameter it sets, whether that parameter holds the e-mail (a filter)
// or the id, the member shown before a pick (by e-mail order; the question's filter starts empty)]
const pickers = [
  ["member", "Member", "memberId", "id", 0],
  ["token", "Member", "memberId", "id", 0],
  ["compare&by=members", "First member", "a", "id", 0],
  ["compare&by=members", "Second member", "b", "id", 1],
  [question, "Member (optional)", "member", "email", undefined],
] as const;

for (const [view, label, param, holds, before] of pickers) {
  test(`${view}, ${label}: typing narrows, the keyboard picks, the member stays in the URL`, async ({
    page,
    user,
    admin,
  }) => {
    const { project, members } = await seedManyMembers(user, admin);
    const m07 = members[7];
    if (!m07) throw new Error("member 07 is missing");
    await connect(page, user.token, { remember: true });
    await page.goto(`/project/${project.id}/audit?view=${view}`);
    const { box, options } = picker(page, label);

    await tabTo(page, box, 80);
    await page.keyboard.type("m0");
    await expect(options).toHaveText(members.slice(0, 10).map((m) => m.email));
    await expect(box).toHaveAccessibleDescription("10 members match.");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await expect(options).toHaveCount(50);
    await expect(box).toHaveAccessibleDescription("Showing 50 of 56 members; type to narrow.");
    // A member answers to their name as well as to their e-mail.
    await page.keyboard.type("pat no07");
    await expect(options).toHaveText([m07.email]);
    await expect(box).toHaveAccessibleDescription("1 member matches.");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(box).toHaveValue(m07.email);
    const expected = holds === "id" ? m07.id : m07.email;
    await expect.poll(() => new URL(page.url()).searchParams.get(param)).toBe(expected);

    await page.reload();
    await expect(picker(page, label).box).toHaveValue(m07.email);
    expect(new URL(page.url()).searchParams.get(param)).toBe(expected);
    if (before === undefined) return;
    // A pick is a step in the history (the question's filter replaces its entry as it is typed).
    await page.goBack();
    await expect(picker(page, label).box).toHaveValue(members[before]?.email ?? "");
    expect(new URL(page.url()).searchParams.get(param)).toBeNull();
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the open member pickers pass axe in the ${colorScheme} theme`, async ({ page, user, admin }) => {
    await page.emulateMedia({ colorScheme });
    const { project } = await seedManyMembers(user, admin, 12);
    await connect(page, user.token, { remember: true });
    for (const [view, label] of [
      ["member", "Member"],
      ["token", "Member"],
      ["compare&by=members", "Second member"],
      [question, "Member (optional)"],
    ] as const) {
      await page.goto(`/project/${project.id}/audit?view=${view}`);
      const { box, options } = picker(page, label);
      await box.click();
      await expect(options).toHaveCount(13);
      await box.press("ArrowDown");
      await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
      await expectNoSeriousViolations(page, `${view}, ${label} picker open, ${colorScheme}`);
    }
  });
}
