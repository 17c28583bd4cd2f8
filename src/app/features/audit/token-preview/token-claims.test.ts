import { describe, expect, it } from "vitest";
import { indexOf } from "../testing/index-of.ts";
import { previewToken } from "./token-claims.ts";

describe("the token preview", () => {
  const index = indexOf([
    ["lab", "bob@x.io", { storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }] } }],
    ["ops", "ann@x.io", { messaging: {}, admin: { config: false } }],
  ]);

  it("carries the member's room grant in its compact form, beside the room and the role user", () => {
    const preview = previewToken(index, "p1", "r-lab", "u-bob@x.io");
    if (preview.kind !== "grant") throw new Error("bob holds a grant in lab");
    const api = { storage: { paths: [{ path: "/data", read_only: true }, { path: "/data/x" }] } };
    expect(preview.api).toEqual(api);
    expect(preview.claims).toEqual({
      name: "bob@x.io",
      sub: "p1",
      grants: [
        { name: "room", scope: "lab" },
        { name: "role", scope: "user" },
        { name: "api", scope: api },
      ],
    });
  });

  it("keeps a present default grant as {} and a non-default flag", () => {
    const preview = previewToken(index, "p1", "r-ops", "u-ann@x.io");
    expect(preview.kind === "grant" && preview.api).toEqual({ messaging: {}, admin: { config: false } });
  });

  it("has no token for a member without a grant in the room", () => {
    expect(previewToken(index, "p1", "r-ops", "u-bob@x.io")).toEqual({ kind: "no-grant" });
  });
});
