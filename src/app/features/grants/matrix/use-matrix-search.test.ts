import { describe, expect, it } from "vitest";
import { readMatrixView, writeMatrixView } from "./use-matrix-search.ts";

describe("matrix view in the URL", () => {
  it("reads defaults from an empty query and writes none of them", () => {
    const view = readMatrixView(new URLSearchParams());
    expect(view).toEqual({
      rows: "rooms",
      rooms: { mode: "all", filter: "", sort: "name" },
      members: { mode: "all", filter: "", sort: "name" },
      lens: "",
    });
    expect(writeMatrixView(view).toString()).toBe("");
  });

  it("round-trips every setting and keeps unrelated parameters", () => {
    const view = {
      rows: "members" as const,
      rooms: { mode: "holders" as const, filter: "ops", sort: "count" as const },
      members: { mode: "all" as const, filter: "@acme", sort: "count" as const },
      lens: "secrets",
    };
    const written = writeMatrixView(view, new URLSearchParams("other=1"));
    expect(written.get("other")).toBe("1");
    expect(readMatrixView(written)).toEqual(view);
  });
});
