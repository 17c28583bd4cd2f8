import fc from "fast-check";
import { expect, it } from "vitest";
import { describeDecision } from "#api/scope/decision.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { type Answer, ask, type Question, questionKind } from "./questions.ts";
import { anIndex } from "./testing/index-builder.ts";

// ask() sorts by the index's label ranks and skips empty filters; this is the plain version it
// replaced (lowercase everything, sort by localeCompare), kept to check both answer alike.
function naiveAsk(index: AccessIndex, q: Question): Answer[] {
  const has = (text: string, part: string) => text.toLowerCase().includes(part.trim().toLowerCase());
  const answers: Answer[] = [];
  for (const room of index.rooms.values()) {
    if (!has(room.name, q.room)) continue;
    for (const [userId, scopeId] of index.roomCells(room.id)) {
      const email = index.users.get(userId)?.email ?? userId;
      const entry = index.scopes[scopeId];
      if (!has(email, q.member) || entry === undefined) continue;
      const decision = q.kind.decide(entry.scope, q.target.trim());
      if (!decision.allowed) continue;
      const because = describeDecision(decision);
      answers.push({ roomId: room.id, roomName: room.name, userId, userEmail: email, decision, because });
    }
  }
  return answers.sort((a, b) => a.roomName.localeCompare(b.roomName) || a.userEmail.localeCompare(b.userEmail));
}

const llm = questionKind("llm");
const name = fc.stringMatching(/^[a-zA-Z0-9 _-]{1,6}$/);
const scope = fc.constantFrom({ llm: {} }, { llm: { models: ["openai/*"] } }, { llm: { models: ["other/x"] } }, {});
const grant = fc.tuple(name, name, scope);
const filter = fc.constantFrom("", "a", "B", " 1 ", "x.test", "zz");

it("ask() answers the same pairs in the same order as the plain version, on random indexes", () => {
  if (!llm) throw new Error("no llm question");
  fc.assert(
    fc.property(fc.array(grant, { maxLength: 60 }), filter, filter, (grants, room, member) => {
      const index = anIndex(grants);
      const q = { kind: llm, target: "openai/gpt", room, member };
      const key = (a: Answer) => [a.roomId, a.userId, a.because];
      expect(ask(index, q).map(key)).toEqual(naiveAsk(index, q).map(key));
    }),
  );
});
