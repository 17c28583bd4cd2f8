import { describe, expect, it } from "vitest";
import { acceptSuggestion, partialToken, scopeSuggestions } from "./scope-suggestions.ts";

describe("scope suggestions", () => {
  it("complete the word being typed and leave out what is already there", () => {
    expect(partialToken("rooms:read room")).toBe("room");
    expect(partialToken("rooms:read ")).toBe("");
    expect(scopeSuggestions("rooms:read rooms:")).toEqual([
      "rooms:create",
      "rooms:connect",
      "rooms:update",
      "rooms:delete",
    ]);
    expect(scopeSuggestions("")).toContain("profile:read");
  });

  it("accepting one replaces the partial word and adds a space", () => {
    expect(acceptSuggestion("profile:read rooms:co", "rooms:connect")).toBe("profile:read rooms:connect ");
    expect(acceptSuggestion("profile:read ", "llm:invoke")).toBe("profile:read llm:invoke ");
    expect(acceptSuggestion("", "project/*")).toBe("project/* ");
  });
});
