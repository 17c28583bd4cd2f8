import { describe, expect, it } from "vitest";
import { toCsv } from "./evidence.ts";

describe("CSV evidence", () => {
  it("quotes commas, quotes and newlines (RFC 4180)", () => {
    expect(toCsv(["a", "b"], [{ a: 'x,"y"', b: "one\ntwo" }])).toBe('a,b\r\n"x,""y""","one\ntwo"\r\n');
  });

  it("makes a cell that a spreadsheet would run as a formula plain text", () => {
    const cells = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];
    const csv = toCsv(
      ["c"],
      cells.map((c) => ({ c })),
    );
    expect(csv).toBe(
      ["c", '"\'=HYPERLINK(""http://x"")"', '"\'+1"', '"\'-2+3"', '"\'@SUM(A1)"', '"\'\t=1"', '"\'\r=1"', ""].join(
        "\r\n",
      ),
    );
  });

  it("leaves ordinary cells, and = or - inside a cell, alone", () => {
    expect(toCsv(["p", "q"], [{ p: "/data/a=b", q: "openai/gpt-4" }])).toBe("p,q\r\n/data/a=b,openai/gpt-4\r\n");
  });

  it("takes a column's header from it and its cells from its key", () => {
    expect(toCsv(["room", { key: "first (room)", header: "room" }], [{ room: "lab", "first (room)": "yes" }])).toBe(
      "room,room\r\nlab,yes\r\n",
    );
  });
});
