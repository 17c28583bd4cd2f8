import type { ListCompares } from "#app/components/data-table/sort-rows.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { byText, labelOrder } from "#app/lib/access-index/label-order.ts";
import type { Answer } from "./questions.ts";

/** `ask()`'s own order: by room, then member. */
export const QUESTION_DEFAULT_SORT = "room";

/**
 * How the question box's columns sort its answers. Rooms and members compare by the index's label
 * ranks and reasons by the rank of each distinct reason, so sorting 12,500 pairs compares numbers.
 */
export function answerCompares(index: AccessIndex, answers: readonly Answer[]): ListCompares<Answer> {
  const { roomRank, userRank } = labelOrder(index);
  const reasons = [...new Set(answers.map((a) => a.because))].sort(byText);
  const reasonRank = new Map(reasons.map((text, rank) => [text, rank]));
  const byRoom = (a: Answer, b: Answer) => roomRank(a.roomId) - roomRank(b.roomId);
  const byUser = (a: Answer, b: Answer) => userRank(a.userId) - userRank(b.userId);
  const byReason = (a: Answer, b: Answer) => (reasonRank.get(a.because) ?? 0) - (reasonRank.get(b.because) ?? 0);
  return {
    room: (a, b) => byRoom(a, b) || byUser(a, b),
    member: (a, b) => byUser(a, b) || byRoom(a, b),
    decided: (a, b) => byReason(a, b) || byRoom(a, b) || byUser(a, b),
  };
}
