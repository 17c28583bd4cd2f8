import type { Meshagent } from "#api/client.ts";
import type { TestUser } from "../fixtures.ts";
import { addNewMember } from "./seed-project.ts";

// A second admin beside the test's user, who changes the user's roles behind an open page: the
// console still offers what the server will now refuse.

/** A new project of `user`'s with a co-admin in it. */
export async function projectWithCoAdmin(admin: Meshagent, user: TestUser, name: string) {
  const project = await user.api.createProject(name);
  const coAdmin = await addNewMember(admin, user.api, project.id, "co-admin", { isAdmin: true });
  return { project, coAdmin };
}

/** The co-admin takes every role flag of `user`'s, admin included. */
export async function takeRoles(coAdmin: TestUser, projectId: string, user: TestUser): Promise<void> {
  await coAdmin.api.updateMember(projectId, user.id, {
    isAdmin: false,
    isDeveloper: false,
    canCreateRooms: false,
    canUseLlmProxy: false,
  });
}
