import type { MemberUpdate } from "#api/client.ts";
import type { MemberFlagsBody, ProjectMember } from "#api/schemas/member.ts";

export type FlagKey = "isAdmin" | "isDeveloper" | "canCreateRooms" | "canCreateAgents" | "canUseLlmProxy";

interface MemberFlag {
  key: FlagKey;
  /** The flag's key in the API's member body. */
  wire: keyof MemberFlagsBody;
  label: string;
  /** The members table's column header. */
  short: string;
  hint: string;
  role: string;
}

/** Every role flag the API has, in the order the console shows them. */
export const memberFlags: readonly MemberFlag[] = [
  {
    key: "isAdmin",
    wire: "is_admin",
    label: "Admin",
    short: "Admin",
    hint: "Manages rooms, members, grants, keys and settings",
    role: "an admin",
  },
  {
    key: "isDeveloper",
    wire: "is_developer",
    label: "Developer",
    short: "Developer",
    hint: "Creates rooms and uses project storage",
    role: "a developer",
  },
  {
    key: "canCreateRooms",
    wire: "can_create_rooms",
    label: "Can create rooms",
    short: "Create rooms",
    hint: "Without being a developer",
    role: "create rooms",
  },
  {
    key: "canCreateAgents",
    wire: "can_create_agents",
    label: "Can create agents",
    short: "Create agents",
    hint: "Deploys agents and services to the project",
    role: "create agents",
  },
  {
    key: "canUseLlmProxy",
    wire: "can_use_llm_proxy",
    label: "Can use LLM proxy",
    short: "LLM proxy",
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
