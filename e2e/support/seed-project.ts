import type { Meshagent } from "#api/client.ts";
import type { MemberFlags } from "#api/schemas/member.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { createUser, type TestUser } from "../fixtures.ts";

// A project seeded through the API as a spec's story needs it: rooms, new members and their grants.

type Project = Awaited<ReturnType<Meshagent["createProject"]>>;
type Room = Awaited<ReturnType<Meshagent["createRoom"]>>;

export interface ProjectPlan<R extends string, M extends string> {
  name: string;
  /** Rooms by name, created in this order. */
  rooms: readonly R[];
  /** Members by label: each a new user (`<label>-<random>@e2e.test`) added with no role flag. */
  members: readonly M[];
  /** [room, member, scope], created in this order (the journal lists them so). */
  grants?: readonly (readonly [R, M, ApiScope])[];
}

/** The project, each room under its name and each member under its label. */
export type SeededProject<R extends string, M extends string> = { project: Project } & Record<R, Room> &
  Record<M, TestUser>;

/** Creates a user and adds them to the project. */
export async function addNewMember(
  admin: Meshagent,
  owner: Meshagent,
  projectId: string,
  label: string,
  flags: MemberFlags = {},
): Promise<TestUser> {
  const member = await createUser(admin, label);
  await owner.addMember(projectId, member.id, flags);
  return member;
}

/** Seeds `plan` as `owner` (who becomes the project's admin); `admin` creates the users. */
export async function seedProject<R extends string, M extends string>(
  admin: Meshagent,
  owner: Meshagent,
  plan: ProjectPlan<R, M>,
): Promise<SeededProject<R, M>> {
  const project = await owner.createProject(plan.name);
  const rooms = new Map<string, Room>();
  for (const name of plan.rooms) rooms.set(name, await owner.createRoom(project.id, { name }));
  const users = await Promise.all(plan.members.map((label) => addNewMember(admin, owner, project.id, label)));
  const members = new Map(plan.members.map((label, i) => [label, users[i]] as const));
  for (const [room, member, permissions] of plan.grants ?? []) {
    const roomId = rooms.get(room)?.id ?? "";
    const userId = members.get(member)?.id ?? "";
    await owner.createRoomGrant(project.id, { roomId, userId, permissions });
  }
  // Every name of the plan is a key now: the maps were filled from the plan's own lists.
  return { project, ...Object.fromEntries(rooms), ...Object.fromEntries(members) } as SeededProject<R, M>;
}
