import type { MemberUpdate } from "#api/client.ts";
import type { ProjectMember } from "#api/schemas/member.ts";

export type FlagKey = "isAdmin" | "isDeveloper" | "canCreateRooms" | "canUseLlmProxy";

/** The role flags the console edits, in the order it shows them. */
export const memberFlags: readonly { key: FlagKey; label: string; hint: string; role: string }[] = [
  { key: "isAdmin", label: "Admin", hint: "Manages rooms, members, grants, keys and settings", role: "an admin" },
  { key: "isDeveloper", label: "Developer", hint: "Creates rooms and uses project storage", role: "a developer" },
  { key: "canCreateRooms", label: "Can create rooms", hint: "Without being a developer", role: "create rooms" },
  {
    key: "canUseLlmProxy",
    label: "Can use LLM proxy",
    hint: "Calls models through the project",
    role: "use the LLM proxy",
  },
];

/** All flags of a member as `updateMember` takes them (it replaces every flag). */
export function flagsOf(member: ProjectMember): MemberUpdate {
  return {
    isAdmin: member.isAdmin,
    isDeveloper: member.isDeveloper,
    canCreateRooms: member.canCreateRooms,
    canUseLlmProxy: member.canUseLlmProxy,
    canCreateAgents: member.canCreateAgents,
  };
}

/** The display name of a member: their name, else their e-mail, else their id. */
export function memberName(member: Pick<ProjectMember, "firstName" | "lastName" | "email" | "id">): string {
  return [member.firstName, member.lastName].filter(Boolean).join(" ") || member.email || member.id;
}

/** "Ada is now an admin" / "Ada can no longer create rooms", for the toast. */
export function describeFlagChange(name: string, key: FlagKey, on: boolean): string {
  const role = memberFlags.find((flag) => flag.key === key)?.role ?? key;
  if (key === "isAdmin" || key === "isDeveloper") return `${name} is ${on ? "now" : "no longer"} ${role}`;
  return `${name} ${on ? "can now" : "can no longer"} ${role}`;
}
