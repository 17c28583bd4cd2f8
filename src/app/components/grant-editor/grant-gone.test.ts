import { describe, expect, it } from "vitest";
import { goneMessage, goneOutcome } from "./grant-gone.ts";

describe("a grant found gone on save", () => {
  it("is only revoked when its room and its member both still exist", () => {
    expect(goneOutcome({ room: true, member: true })).toBe("revoked");
    expect(goneOutcome({ room: false, member: true })).toBe("party-gone");
    expect(goneOutcome({ room: true, member: false })).toBe("party-gone");
    expect(goneOutcome({ room: false, member: false })).toBe("party-gone");
  });

  it("says which party went", () => {
    expect(goneMessage({ room: true, member: true }, "lobby")).toBe(
      "This grant was revoked while you were editing it (by another admin).",
    );
    expect(goneMessage({ room: false, member: true }, "lobby")).toBe(
      "The room “lobby” was deleted while you were editing this grant, so it cannot be saved.",
    );
    expect(goneMessage({ room: true, member: false }, "lobby")).toBe(
      "This member was removed from the project while you were editing this grant, so it cannot be saved.",
    );
    expect(goneMessage({ room: false, member: false }, undefined)).toBe(
      "This room was deleted and the member was removed from the project while you were editing this grant, so it cannot be saved.",
    );
  });
});
