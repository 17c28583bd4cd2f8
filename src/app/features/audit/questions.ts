import { decideFlag, decideGrant, decideTunnelPort } from "#api/scope/access.ts";
import { decideUseTable } from "#api/scope/access-data.ts";
import {
  decideReadStoragePath,
  decideReadSyncPath,
  decideWriteStoragePath,
  decideWriteSyncPath,
} from "#api/scope/access-paths.ts";
import { decideLlmModel, decidePullContainerImage } from "#api/scope/access-patterns.ts";
import { type Decision, describeDecision } from "#api/scope/decision.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { labelOrder } from "#app/lib/access-index/label-order.ts";

// The question box: "who may do X?" over the whole project, answered with Meshagent's own matching
// rules (src/api/scope, spec §7.3), each allowed pair with the scope entry that decided it.

export interface QuestionKind {
  key: string;
  label: string;
  /** What the target field asks for; absent when the capability takes no target. */
  target?: string;
  decide: (scope: ApiScope, target: string) => Decision;
}

/** "a/b" → ["a", "b"]; empty → the root namespace. */
const namespaceOf = (text: string) => text.split("/").filter((part) => part !== "");

function tableQuestion(op: "read" | "write"): QuestionKind["decide"] {
  // "shop/orders": the namespace, then the table; a bare name is a table in the root namespace.
  return (scope, target) => {
    const parts = namespaceOf(target);
    const table = parts.pop() ?? "";
    return decideUseTable(scope, table, parts, op);
  };
}

export const questionKinds: readonly QuestionKind[] = [
  { key: "storage-write", label: "Write storage", target: "Path", decide: decideWriteStoragePath },
  { key: "storage-read", label: "Read storage", target: "Path", decide: decideReadStoragePath },
  { key: "sync-write", label: "Write sync documents", target: "Path", decide: decideWriteSyncPath },
  { key: "sync-read", label: "Read sync documents", target: "Path", decide: decideReadSyncPath },
  {
    key: "llm",
    label: "Use LLM model",
    target: "Model (provider/model)",
    decide: (scope, target) => {
      const slash = target.indexOf("/");
      return decideLlmModel(
        scope,
        slash < 0 ? target : target.slice(0, slash),
        slash < 0 ? "" : target.slice(slash + 1),
      );
    },
  },
  { key: "table-read", label: "Read table", target: "Table (namespace/…/table)", decide: tableQuestion("read") },
  { key: "table-write", label: "Write table", target: "Table (namespace/…/table)", decide: tableQuestion("write") },
  { key: "image-pull", label: "Pull container image", target: "Image", decide: decidePullContainerImage },
  { key: "tunnel", label: "Open tunnel port", target: "Port", decide: decideTunnelPort },
  { key: "secrets", label: "Hold secrets", decide: (scope) => decideGrant(scope, "secrets") },
  { key: "admin", label: "Administer the room", decide: (scope) => decideGrant(scope, "admin") },
  { key: "broadcast", label: "Broadcast messages", decide: (scope) => decideFlag(scope, "messaging", "broadcast") },
];

export const questionKind = (key: string | null) => questionKinds.find((k) => k.key === key) ?? questionKinds[0];

export interface Answer {
  roomId: string;
  roomName: string;
  userId: string;
  userEmail: string;
  decision: Decision;
  because: string;
}

export interface Question {
  kind: QuestionKind;
  target: string;
  /** Substrings of the room name and the member's e-mail; empty matches all. */
  room: string;
  member: string;
}

/** A case-insensitive substring test, or undefined when the filter is empty (it matches everything). */
function containing(part: string): ((text: string) => boolean) | undefined {
  const needle = part.trim().toLowerCase();
  return needle === "" ? undefined : (text) => text.toLowerCase().includes(needle);
}

/** The allowed (room, member) pairs, by room name then member e-mail; each distinct scope is decided once. */
export function ask(index: AccessIndex, q: Question): Answer[] {
  const roomMatches = containing(q.room);
  const memberMatches = containing(q.member);
  const target = q.target.trim();
  const decided = new Map<number, Decision>();
  const keyed: { answer: Answer; room: number; user: number }[] = [];
  const { rooms, roomRank, userRank } = labelOrder(index);
  for (const roomId of rooms) {
    const room = index.rooms.get(roomId);
    if (room === undefined || (roomMatches !== undefined && !roomMatches(room.name))) continue;
    const rank = roomRank(roomId);
    for (const [userId, scopeId] of index.roomCells(roomId)) {
      const email = index.users.get(userId)?.email ?? userId;
      if (memberMatches !== undefined && !memberMatches(email)) continue;
      let decision = decided.get(scopeId);
      if (decision === undefined) {
        const entry = index.scopes[scopeId];
        if (entry === undefined) continue;
        decision = q.kind.decide(entry.scope, target);
        decided.set(scopeId, decision);
      }
      if (!decision.allowed) continue;
      const answer = { roomId, roomName: room.name, userId, userEmail: email, decision, because: "" };
      keyed.push({ answer, room: rank, user: userRank(userId) });
    }
  }
  // Rooms come in name order already; members sort by rank within each room (numbers, not text).
  keyed.sort((a, b) => a.room - b.room || a.user - b.user);
  // One description per distinct decision, not per pair.
  const because = new Map<Decision, string>();
  return keyed.map(({ answer }) => {
    let text = because.get(answer.decision);
    if (text === undefined) {
      text = describeDecision(answer.decision);
      because.set(answer.decision, text);
    }
    answer.because = text;
    return answer;
  });
}
