import { describe, expect, it } from "vitest";
import { describeJsonProblem, parseJsonObject } from "./parse-json-object.ts";

const parseSettings = (text: string) => parseJsonObject(text, "Settings");

describe("parseJsonObject", () => {
  it("accepts a JSON object", () => {
    expect(parseSettings('{ "region": "eu", "limits": { "rooms": 5 } }')).toEqual({
      ok: true,
      value: { region: "eu", limits: { rooms: 5 } },
    });
  });

  it("names the line and column of a missing value", () => {
    const result = parseSettings('{\n  "region": "eu",\n  "tier": \n}');
    expect(result).toMatchObject({ ok: false, line: 4, column: 1, message: "Expected a value" });
  });

  it("names the spot of a trailing comma and of an unquoted key", () => {
    expect(parseSettings('{ "a": 1, }')).toMatchObject({ ok: false, line: 1, column: 11 });
    expect(parseSettings("{\n  region: 1\n}")).toMatchObject({
      ok: false,
      line: 2,
      column: 3,
      message: "Expected a property name in double quotes",
    });
  });

  it("points at the end of unfinished text and at text after the value", () => {
    expect(parseSettings('{ "a": [1, 2')).toMatchObject({ ok: false, line: 1, column: 13 });
    expect(parseSettings('{ "a": 1 } x')).toMatchObject({
      ok: false,
      column: 12,
      message: "Unexpected text after the JSON value",
    });
  });

  it("names escapes, comments and stray words as mistakes JSON.parse also refuses", () => {
    expect(parseSettings('{ "a": "\\q" }')).toMatchObject({
      ok: false,
      column: 8,
      message: "Not a valid escape in a string",
    });
    expect(parseSettings('{ "a": 1 } // note')).toMatchObject({ ok: false, column: 12 });
    expect(parseSettings('{ "a": tru }')).toMatchObject({ ok: false, column: 8, message: "Expected a value" });
    expect(parseSettings("[1, x]")).toMatchObject({ ok: false, column: 5 });
  });

  it("refuses JSON that is not an object", () => {
    expect(parseSettings("[1, 2]")).toEqual({ ok: false, message: "Settings must be a JSON object ({ … })" });
    expect(parseSettings("null")).toMatchObject({ ok: false });
  });
});

describe("describeJsonProblem", () => {
  it("says where the problem is, and nothing for valid JSON", () => {
    expect(describeJsonProblem(parseJsonObject('{ "a": }'))).toBe("Line 1, column 8: Expected a value");
    expect(describeJsonProblem(parseJsonObject("1", "Metadata"))).toBe("Metadata must be a JSON object ({ … })");
    expect(describeJsonProblem(parseJsonObject("{}"))).toBeNull();
  });
});
