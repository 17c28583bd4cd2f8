import { describe, expect, it } from "vitest";
import { pendingAfter } from "./use-field-text.ts";

describe("pendingAfter", () => {
  it("reads a text typed a moment ago as its echo, keeping what was typed since", () => {
    expect(pendingAfter(["m", "m0", "m07"], "m0")).toEqual(["m07"]);
    expect(pendingAfter(["m", "m0"], "m0")).toEqual([]);
  });

  it("takes the last typing of a text typed twice, so nothing older waits", () => {
    expect(pendingAfter(["m", "", "m"], "m")).toEqual([]);
  });

  it("reads a text never typed as a change from outside (Back, a link)", () => {
    expect(pendingAfter(["m", "m0"], "bob")).toBeUndefined();
    expect(pendingAfter([], "")).toBeUndefined();
  });
});
