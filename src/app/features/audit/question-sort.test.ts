import { describe, expect, it } from "vitest";
import { sortRows } from "#app/components/data-table/sort-rows.ts";
import { answerCompares } from "./question-sort.ts";
import { ask, questionKind } from "./questions.ts";
import { anIndex } from "./testing/index-builder.ts";

const all = { storage: {} };
const data = { storage: { paths: [{ path: "/data", read_only: false }] } };

describe("sorting the question box's answers", () => {
  const index = anIndex([
    ["ops", "bob", all],
    ["lab", "cy", data],
    ["lab", "ann", all],
    ["ops", "ann", data],
  ]);
  const kind = questionKind("storage-write");
  if (!kind) throw new Error("no storage-write question");
  const answers = ask(index, { kind, target: "/data/x", room: "", member: "" });
  const compares = answerCompares(index, answers);
  const pairs = (sorting: { id: string; desc: boolean }[]) =>
    sortRows(answers, sorting, compares).map((a) => `${a.roomName}/${a.userEmail.split("@")[0]}`);

  it("by room (ask's own order), then member; descending reverses both", () => {
    expect(pairs([{ id: "room", desc: false }])).toEqual(["lab/ann", "lab/cy", "ops/ann", "ops/bob"]);
    expect(pairs([{ id: "room", desc: false }])).toEqual(pairs([]));
    expect(pairs([{ id: "room", desc: true }])).toEqual(["ops/bob", "ops/ann", "lab/cy", "lab/ann"]);
  });

  it("by member, then room", () => {
    expect(pairs([{ id: "member", desc: false }])).toEqual(["lab/ann", "ops/ann", "ops/bob", "lab/cy"]);
  });

  it("by the reason's text, then room and member", () => {
    const sorted = sortRows(answers, [{ id: "decided", desc: false }], compares);
    expect(sorted.map((a) => a.because)).toEqual([...sorted.map((a) => a.because)].sort());
    expect(sorted.map((a) => `${a.roomName}/${a.userEmail.split("@")[0]}`)).toEqual([
      "lab/cy",
      "ops/ann",
      "lab/ann",
      "ops/bob",
    ]);
  });

  it("leaves the answers as they are for a column it cannot sort by", () => {
    expect(sortRows(answers, [{ id: "nope", desc: true }], compares)).toBe(answers);
  });
});
