import { describe, expect, it } from "vitest";
import { changedLines } from "./line-diff.ts";

describe("changedLines", () => {
  it("marks only the lines that differ, not repeated brackets", () => {
    const before = ["{", '  "a": {', "  }", "}"];
    const after = ["{", '  "a": {', "  },", '  "b": {}', "}"];
    expect(changedLines(before, after)).toEqual({ removed: new Set([2]), added: new Set([2, 3]) });
  });

  it("handles empty texts and identical texts", () => {
    expect(changedLines([], ["x"])).toEqual({ removed: new Set(), added: new Set([0]) });
    expect(changedLines(["x"], ["x"])).toEqual({ removed: new Set(), added: new Set() });
  });
});
