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

const contains = (text: string, part: string) => text.toLowerCase().includes(part.trim().toLowerCase());

/** The allowed (room, member) pairs, by room then member; each distinct scope is decided once. */
export function ask(index: AccessIndex, q: Question): Answer[] {
  const decided = new Map<number, Decision>();
  const answers: Answer[] = [];
  for (const room of index.rooms.values()) {
    if (!contains(room.name, q.room)) continue;
    for (const [userId, scopeId] of index.roomCells(room.id)) {
      const email = index.users.get(userId)?.email ?? userId;
      if (!contains(email, q.member)) continue;
      let decision = decided.get(scopeId);
      if (decision === undefined) {
        const entry = index.scopes[scopeId];
        if (entry === undefined) continue;
        decision = q.kind.decide(entry.scope, q.target.trim());
        decided.set(scopeId, decision);
      }
      if (!decision.allowed) continue;
      answers.push({
        roomId: room.id,
        roomName: room.name,
        userId,
        userEmail: email,
        decision,
        because: describeDecision(decision),
      });
    }
  }
  return answers.sort((a, b) => a.roomName.localeCompare(b.roomName) || a.userEmail.localeCompare(b.userEmail));
}
