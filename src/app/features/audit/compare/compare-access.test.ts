import { describe, expect, it } from "vitest";
import { columnHeader, columnKey } from "../evidence.ts";
import { anIndex } from "../testing/index-builder.ts";
import { compareAccess } from "./compare-access.ts";

const index = anIndex([
  ["lab", "ann", { storage: { paths: [{ path: "/data" }] } }],
  ["lab", "bob", { storage: { paths: [{ path: "/data", read_only: true }] } }],
  ["ops", "bob", { admin: {} }],
]);
const ann = { id: "u-ann", name: "ann@x.test" };
const bob = { id: "u-bob", name: "bob@x.test" };
const rowsOf = (c: ReturnType<typeof compareAccess>) => c.rows.map((r) => c.columns.map((col) => r[columnKey(col)]));

describe("compare", () => {
  it("two members: per room either can enter, only the capabilities that differ", () => {
    const c = compareAccess(index, "members", { a: ann, b: bob }, true);
    expect(c.columns.map(columnHeader)).toEqual(["room", "capability", "ann@x.test", "bob@x.test", "difference"]);
    expect(rowsOf(c)).toEqual([
      ["lab", "Storage: write", "/data", "no", "differs"],
      ["ops", "level", "no grant", "admin", "differs"],
      ...rowsOf(c).slice(2),
    ]);
    expect(c.rows.slice(2).every((r) => r.room === "ops" && r["first (ann@x.test)"] === "no grant")).toBe(true);
    expect(c.differences).toBe(c.rows.length);
  });

  it("lists the same capabilities as same when asked for all rows", () => {
    const c = compareAccess(index, "members", { a: ann, b: bob });
    expect(c.rows.find((r) => r.room === "lab" && r.capability === "Storage: read")).toEqual({
      room: "lab",
      capability: "Storage: read",
      "first (ann@x.test)": "/data",
      "second (bob@x.test)": "/data",
      difference: "same",
    });
    expect(c.rows.length).toBe(2 * 14);
  });

  it("two rooms: per member holding a grant in either", () => {
    const c = compareAccess(index, "rooms", { a: { id: "r-lab", name: "lab" }, b: { id: "r-ops", name: "ops" } }, true);
    expect(c.columns[0]).toBe("member");
    expect(rowsOf(c).filter((r) => r[1] === "Admin")).toEqual([
      ["ann@x.test", "Admin", "no", "no grant", "differs"],
      ["bob@x.test", "Admin", "no", "yes", "differs"],
    ]);
  });

  it("rooms named like its fixed columns keep their own columns", () => {
    const named = anIndex([
      ["member", "ann", { admin: {} }],
      ["capability", "bob", { admin: {} }],
      ["difference", "bob", { secrets: {} }],
    ]);
    const room = (name: string) => ({ id: `r-${name}`, name });
    const c = compareAccess(named, "rooms", { a: room("member"), b: room("capability") }, true);
    expect(new Set(c.columns.map(columnKey)).size).toBe(5);
    expect(c.columns.map(columnHeader)).toEqual(["member", "capability", "member", "capability", "difference"]);
    expect(rowsOf(c).filter((r) => r[1] === "Admin")).toEqual([
      ["ann@x.test", "Admin", "yes", "no grant", "differs"],
      ["bob@x.test", "Admin", "no grant", "yes", "differs"],
    ]);
    const d = compareAccess(named, "rooms", { a: room("difference"), b: room("capability") }, true);
    expect(d.columns.map(columnHeader)).toEqual(["member", "capability", "difference", "capability", "difference"]);
    expect(rowsOf(d).filter((r) => r[1] !== "level")).toEqual([
      ["bob@x.test", "Secrets", "yes", "no", "differs"],
      ["bob@x.test", "Admin", "no", "yes", "differs"],
    ]);
  });
});
