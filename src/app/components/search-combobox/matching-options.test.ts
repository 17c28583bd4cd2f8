import { describe, expect, it } from "vitest";
import { matchesNote, matchingOptions } from "./matching-options.ts";

const rooms = Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, name: `room-${String(i).padStart(4, "0")}` }));

describe("matchingOptions", () => {
  it("lists the first `limit` of every option when nothing is typed, and counts them all", () => {
    const { shown, total } = matchingOptions(rooms, "", undefined, 50);
    expect(shown.map((r) => r.id)).toEqual(rooms.slice(0, 50).map((r) => r.id));
    expect(total).toBe(2000);
  });

  it("matches the typed text anywhere in the name, in any case, with spaces around it ignored", () => {
    const { shown, total } = matchingOptions(rooms, " ROOM-19 ", undefined, 50);
    expect(total).toBe(100);
    expect(shown).toHaveLength(50);
    expect(shown.every((r) => r.name.startsWith("room-19"))).toBe(true);
    expect(matchingOptions(rooms, "1999", undefined, 50).shown.map((r) => r.name)).toEqual(["room-1999"]);
  });

  it("matches a member on any of their terms (full name, id) as well as on the e-mail shown", () => {
    const members = [
      { id: "u-1", name: "ann@example.com", terms: ["Ann Lee", "u-1"] },
      { id: "u-2", name: "bob@example.com", terms: ["Bob Stone", "u-2"] },
      { id: "u-3", name: "cid@example.com" },
    ];
    const ids = (text: string) => matchingOptions(members, text, undefined, 50).shown.map((m) => m.id);
    expect(ids("ann lee")).toEqual(["u-1"]);
    expect(ids("STONE")).toEqual(["u-2"]);
    expect(ids("u-2")).toEqual(["u-2"]);
    expect(ids("example.com")).toEqual(["u-1", "u-2", "u-3"]);
    expect(ids("cid")).toEqual(["u-3"]);
    expect(matchingOptions(members, "lee", undefined, 50).total).toBe(1);
  });

  it("lists everything while the text is the chosen option's name (the field just shows the choice)", () => {
    const chosen = rooms[7];
    expect(matchingOptions(rooms, chosen?.name ?? "", chosen, 50).total).toBe(2000);
  });

  it("says how many are shown and that typing narrows them, or that none match", () => {
    expect(matchesNote({ shown: new Array(50), total: 2000 }, "room")).toBe(
      "Showing 50 of 2000 rooms; type to narrow.",
    );
    expect(matchesNote({ shown: [1], total: 1 }, "room")).toBe("1 room matches.");
    expect(matchesNote({ shown: [1, 2], total: 2 }, "room")).toBe("2 rooms match.");
    expect(matchesNote({ shown: [], total: 0 }, "room")).toBe("No room matches.");
  });
});
