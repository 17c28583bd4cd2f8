import { describe, expect, it } from "vitest";
import { anIndex } from "../testing/index-builder.ts";
import { listedPairs } from "./overview-selection.ts";

const index = anIndex([
  ["lab", "ann", { admin: {} }],
  ["ops", "ann", { secrets: {} }],
  ["ops", "bob", { admin: {}, storage: {} }],
]);
const list = (search: string) => listedPairs(index, "p 1", new URLSearchParams(search));

describe("listedPairs", () => {
  it("lists a headline's pairs and links to the matrix with its lens", () => {
    const listed = list("show=admin");
    expect(listed?.pairs.map((p) => [p.roomName, p.userEmail])).toEqual([
      ["lab", "ann@x.test"],
      ["ops", "bob@x.test"],
    ]);
    expect(listed?.matrixHref).toBe("/project/p%201/grants?rooms=holders&members=holders&lens=admin");
  });

  it("lists one heatmap cell and links to the matrix filtered to its room or member", () => {
    const room = list("show=room&id=r-ops&level=limited");
    expect(room?.title).toBe("Limited grants in ops");
    expect(room?.pairs.map((p) => p.userEmail)).toEqual(["ann@x.test"]);
    expect(room?.matrixHref).toBe("/project/p%201/grants?rooms=holders&members=holders&rq=ops");
    const member = list("show=member&id=u-ann&level=admin");
    expect(member?.pairs.map((p) => p.roomName)).toEqual(["lab"]);
    expect(member?.matrixHref).toContain("mq=ann%40x.test");
  });

  it("lists nothing for an unknown selection", () => {
    expect(list("")).toBeNull();
    expect(list("show=room&id=r-ops&level=root")).toBeNull();
    expect(list("show=everything")).toBeNull();
  });
});
