import { describe, expect, it } from "vitest";
import { parseScope } from "#api/scope/forms.ts";
import { capabilityCells, memberAccessTable, roomAccessTable } from "./access-table.ts";
import { anIndex } from "./testing/index-builder.ts";

const cells = (scope: Record<string, unknown>) => capabilityCells(parseScope(scope));

describe("access tables", () => {
  it("says in words which paths a storage grant reads and writes, a read-only entry carved out", () => {
    const row = cells({ storage: { paths: [{ path: "/data/r", read_only: true }, { path: "/data" }] } });
    expect(row["Storage: read"]).toBe("/data/r, /data");
    expect(row["Storage: write"]).toBe("/data (except /data/r)");
    expect(row.Admin).toBe("no");
  });

  it("reads an unrestricted grant as everywhere, and an empty port list as every port", () => {
    const row = cells({ storage: {}, tunnels: { ports: [] }, llm: { models: ["openai/*"] }, admin: {} });
    expect([row["Storage: read"], row["Storage: write"], row.Tunnels, row.LLM, row.Admin]).toEqual([
      "everywhere",
      "everywhere",
      "all ports",
      "openai/*",
      "yes",
    ]);
  });

  it("a read-only storage grant does not write", () => {
    const row = cells({ storage: { paths: [{ path: "/", read_only: true }] } });
    expect([row["Storage: read"], row["Storage: write"]]).toEqual(["/", "no"]);
  });

  const index = anIndex([
    ["ops", "ann", { llm: {} }],
    ["lab", "ann", { storage: {} }],
    ["lab", "bob", { admin: {} }],
  ]);

  it("a member's table has one row per room they hold a grant in, by room name", () => {
    const table = memberAccessTable(index, "u-ann");
    expect(table.columns.slice(0, 3)).toEqual(["room", "level", "Storage: read"]);
    expect(table.rows.map((r) => [r.room, r["Storage: write"], r.LLM])).toEqual([
      ["lab", "everywhere", "no"],
      ["ops", "no", "all models"],
    ]);
  });

  it("a room's table has one row per member holding a grant there, by e-mail", () => {
    const table = roomAccessTable(index, "r-lab");
    expect(table.columns[0]).toBe("member");
    expect(table.rows.map((r) => [r.member, r.Admin])).toEqual([
      ["ann@x.test", "no"],
      ["bob@x.test", "yes"],
    ]);
  });
});
