import { describe, expect, it } from "vitest";
import { toCsv } from "./evidence.ts";
import { ask, questionKind } from "./questions.ts";
import { anIndex } from "./testing/index-builder.ts";

const write = (...paths: [string, boolean][]) => ({
  storage: { paths: paths.map(([path, ro]) => ({ path, read_only: ro })) },
});

describe("the question box", () => {
  const index = anIndex([
    ["lab", "ann", write(["/data", false])],
    ["lab", "bob", write(["/data", true], ["/data/x", false])],
    ["ops", "bob", { storage: {} }],
    ["ops", "cy", { llm: { models: ["openai/*"] } }],
  ]);
  const storageWrite = questionKind("storage-write");
  if (!storageWrite) throw new Error("no storage-write question");

  it("lists exactly the allowed pairs, by room and member, with the entry that decided", () => {
    const answers = ask(index, { kind: storageWrite, target: "/data/x", room: "", member: "" });
    expect(answers.map((a) => [a.roomName, a.userEmail, a.because])).toEqual([
      ["lab", "ann@x.test", 'allowed by storage.paths[0] = {"path":"/data","read_only":false}'],
      ["ops", "bob@x.test", "storage.paths: unrestricted"],
    ]);
  });

  it("narrows to a room and a member", () => {
    const answers = ask(index, { kind: storageWrite, target: "/data/x", room: "OPS", member: "bob" });
    expect(answers.map((a) => a.roomName)).toEqual(["ops"]);
  });

  it("answers model questions with the pattern", () => {
    const llm = questionKind("llm");
    if (!llm) throw new Error("no llm question");
    const answers = ask(index, { kind: llm, target: "openai/gpt-5", room: "", member: "" });
    expect(answers.map((a) => [a.userEmail, a.decision.entry.value])).toEqual([["cy@x.test", "openai/*"]]);
  });
});

it("CSV quotes what needs quoting and ends each line with CRLF", () => {
  expect(toCsv(["a", "b"], [{ a: 'x,"y"', b: "z" }])).toBe('a,b\r\n"x,""y""",z\r\n');
});
