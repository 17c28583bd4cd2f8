import { describe, expect, it } from "vitest";
import { parseScope } from "#api/scope/forms.ts";
import { glyphsOf, lensByKey } from "./capabilities.ts";

describe("glyphsOf", () => {
  it("shows no glyph for a grant that allows nothing: storage or sync with no paths, llm with no models", () => {
    expect(glyphsOf(parseScope({ storage: { paths: [] }, sync: { paths: [] }, llm: { models: [] } }))).toBe("");
    expect(lensByKey("storage-read")?.holds(parseScope({ storage: { paths: [] } }))).toBe(false);
  });

  it("shows read, write, sync and llm for grants that allow them", () => {
    expect(glyphsOf(parseScope({ storage: { paths: [{ path: "/d", read_only: true }] } }))).toBe("R");
    expect(glyphsOf(parseScope({ storage: {}, sync: { paths: [{ path: "/s" }] }, llm: { models: ["a/*"] } }))).toBe(
      "RWSL",
    );
  });
});
