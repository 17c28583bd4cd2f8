import type { Page } from "@playwright/test";
import type { Meshagent } from "#api/client.ts";
import { connect, createUser, expect } from "../fixtures.ts";

/** A project with a room and a second member, and the editor open to grant that member access. */
export async function openNewGrant(page: Page, admin: Meshagent, api: Meshagent, token: string) {
  const project = await api.createProject("Scopes");
  const room = await api.createRoom(project.id, { name: "lobby" });
  const guest = await createUser(admin, "guest");
  const guestId = guest.id;
  await api.addMember(project.id, guestId, {});
  await connect(page, token, { remember: true });
  await page.goto(`/project/${project.id}/grants/new?room=${room.id}&user=${guestId}`);
  await expect(page.getByTestId("scope-editor")).toBeVisible();
  return { project, room, guestId };
}

/** One grant type's section of the scope editor. */
export const grantSection = (page: Page, name: string) => page.locator(`section[data-grant="${name}"]`);
