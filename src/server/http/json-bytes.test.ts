import { expect, it } from "vitest";
import { joinJson, jsonBytes } from "./json-bytes.ts";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

it("writes a JSON list from items kept as bytes, commas between them", () => {
  const items = [`{"a":1}`, `{"b":"é✓"}`, `{"c":"🙂"}`].map(jsonBytes);
  const json = text(joinJson(`{"items":[`, items, `],"total":3}`));
  expect(JSON.parse(json)).toEqual({ items: [{ a: 1 }, { b: "é✓" }, { c: "🙂" }], total: 3 });
});

it("writes an empty list and a list of one without a stray comma", () => {
  expect(text(joinJson("[", [], "]"))).toBe("[]");
  expect(text(joinJson("[", [jsonBytes("1")], "]"))).toBe("[1]");
});
