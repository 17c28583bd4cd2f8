import { describe, expect, it } from "vitest";
import { projectMemberSchema } from "#api/schemas/member.ts";
import { describeFlagChange, flagsOf, memberName } from "./member-flags.ts";

const aMember = (over: Record<string, unknown> = {}) =>
  projectMemberSchema.parse({ id: "u1", email: "ada@example.com", first_name: "Ada", last_name: "Lovelace", ...over });

describe("member flags", () => {
  it("keeps every flag when one changes", () => {
    expect(flagsOf(aMember({ is_admin: true, can_create_agents: true }))).toEqual({
      isAdmin: true,
      isDeveloper: false,
      canCreateRooms: false,
      canUseLlmProxy: false,
      canCreateAgents: true,
    });
  });

  it("names a member by name, else e-mail, else id", () => {
    expect(memberName(aMember())).toBe("Ada Lovelace");
    expect(memberName(aMember({ first_name: null, last_name: null }))).toBe("ada@example.com");
    expect(memberName(aMember({ first_name: null, last_name: null, email: null }))).toBe("u1");
  });

  it("says what a change did in words", () => {
    expect(describeFlagChange("Ada", "isAdmin", true)).toBe("Ada is now an admin");
    expect(describeFlagChange("Ada", "isDeveloper", false)).toBe("Ada is no longer a developer");
    expect(describeFlagChange("Ada", "canCreateRooms", true)).toBe("Ada can now create rooms");
    expect(describeFlagChange("Ada", "canUseLlmProxy", false)).toBe("Ada can no longer use the LLM proxy");
    expect(describeFlagChange("Ada", "canCreateAgents", true)).toBe("Ada can now create agents");
  });
});
