import { describe, expect, it } from "vitest";
import { anIndex } from "../testing/index-builder.ts";
import { previewToken } from "./token-claims.ts";

describe("the token preview", () => {
  const index = anIndex([
    ["lab", "bob", { storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }] } }],
    ["ops", "ann", { messaging: {}, admin: { config: false } }],
  ]);

  it("carries the member's room grant in its compact form, beside the room and the role user", () => {
    const preview = previewToken(index, "p1", "r-lab", "u-bob");
    if (preview.kind !== "grant") throw new Error("bob holds a grant in lab");
    const api = { storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }] } };
    expect(preview.api).toEqual(api);
    expect(preview.claims).toEqual({
      name: "bob@x.test",
      sub: "p1",
      grants: [
        { name: "room", scope: "lab" },
        { name: "role", scope: "user" },
        { name: "api", scope: api },
      ],
    });
  });

  it("keeps a present default grant as {} and a non-default flag", () => {
    const preview = previewToken(index, "p1", "r-ops", "u-ann");
    expect(preview.kind === "grant" && preview.api).toEqual({ messaging: {}, admin: { config: false } });
  });

  it("has no token for a member without a grant in the room", () => {
    expect(previewToken(index, "p1", "r-ops", "u-bob")).toEqual({ kind: "no-grant" });
  });
});
