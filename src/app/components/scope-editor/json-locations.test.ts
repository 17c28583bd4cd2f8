import { describe, expect, it } from "vitest";
import { spotOfPath } from "./json-locations.ts";

const text = `{
  "livekit": {},
  "storage": {
    "paths": [
      { "path": "/data", "read_only": true },
      { "path": "" }
    ]
  }
}`;

describe("spotOfPath", () => {
  it("points a nested issue at the line of its key", () => {
    expect(spotOfPath(text, "storage.paths.1.path")).toMatchObject({ line: 6, column: 9 });
    expect(spotOfPath(text, "storage.paths.0.read_only")).toMatchObject({ line: 5 });
  });

  it("falls back to the nearest written ancestor for a field that is missing", () => {
    expect(spotOfPath(text, "storage.paths.1.namespace")).toMatchObject({ line: 6, column: 7 });
    expect(spotOfPath(text, "tunnels.ports.0")).toMatchObject({ line: 1, column: 1 });
  });

  it("reads camelCase keys and the dataset aliases as the schema does", () => {
    const camel = '{\n "storage": {\n  "paths": [{ "path": "/a", "readOnly": 3 }]\n }\n}';
    expect(spotOfPath(camel, "storage.paths.0.read_only")).toMatchObject({ line: 3 });
    const alias = '{\n "database": {\n  "tables": [{ "name": "" }]\n }\n}';
    expect(spotOfPath(alias, "dataset.tables.0.name")).toMatchObject({ line: 3 });
  });

  it("handles escaped quotes and nulls of the full form", () => {
    const full = '{\n "llm": { "models": ["a\\"b", "a\\"b"] },\n "admin": null,\n "tunnels": { "ports": ["x"] }\n}';
    expect(spotOfPath(full, "tunnels.ports.0")).toMatchObject({ line: 4 });
    expect(spotOfPath(full, "llm.models.1")).toMatchObject({ line: 2 });
  });
});
