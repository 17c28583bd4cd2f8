import { parseScope } from "#api/scope/forms.ts";
import { connect, createUser, expect, tabTo, test } from "./fixtures.ts";

const scope = parseScope({
  storage: {
    paths: [
      { path: "/data/reports" },
      { path: "/data", read_only: true },
      { path: "/logs", read_only: true },
      { path: "/media", read_only: true },
      { path: "/tmp", read_only: true },
    ],
  },
  llm: { models: ["openai/gpt-4o"] },
  tunnels: { ports: ["8080"] },
});
const short =
  "Storage: read /data, /logs, /media +1 more; write /data/reports · LLM: openai/gpt-4o · Tunnels: ports 8080";
const full = "Storage: read /data, /logs, /media, /tmp; write /data/reports LLM: openai/gpt-4o Tunnels: ports 8080";

test("grant lists name where access applies, shortened, with every path on keyboard focus and on hover", async ({
  page,
  admin,
  user,
}) => {
  const project = await user.api.createProject("Summaries");
  const guest = await createUser(admin, "guest");
  const guestId = (await guest.api.whoami()).id;
  await user.api.addMember(project.id, guestId, {});
  await user.api.createRoom(project.id, { name: "hall", permissions: { [guestId]: scope } });
  await connect(page, user.token, { remember: true });

  await page.goto(`/project/${project.id}/rooms/hall`);
  const roomGrants = page.getByRole("table", { name: "Grants in this room" });
  const summary = roomGrants.getByTestId("scope-summary-short");
  await expect(summary).toHaveText(short);
  await page.getByRole("heading", { level: 1, name: "hall" }).focus();
  await tabTo(page, summary);
  await expect(page.getByRole("tooltip")).toHaveText(full);
  await expect(summary).toHaveAccessibleDescription(full);

  await page.goto(`/project/${project.id}/members/${guestId}`);
  const memberSummary = page.getByRole("table", { name: "Room grants" }).getByTestId("scope-summary-short");
  await expect(memberSummary).toHaveText(short);
  await memberSummary.hover();
  await expect(page.getByRole("tooltip")).toHaveText(full);
});
