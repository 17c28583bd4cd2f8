import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideGrant, decideReceiveFromQueue, decideSendToQueue, decideTunnelPort } from "./access.ts";
import { decideMemory, decideUseTable, type TableOp } from "./access-data.ts";
import {
  decideReadStoragePath,
  decideReadSyncPath,
  decideWriteStoragePath,
  decideWriteSyncPath,
} from "./access-paths.ts";
import {
  decideLlmModel,
  decideLlmProvider,
  decidePullContainerImage,
  decideRegistryRepository,
  decideRunContainerImage,
} from "./access-patterns.ts";
import type { Decision } from "./decision.ts";
import { toCompact } from "./forms.ts";
import { type ApiScope, grantNames, memoryPermissionKeys } from "./schema.ts";
import { arbitraryApiScope } from "./testing/arbitrary.ts";

// The decisions agree with the official TS SDK on random scopes, and their `entry` points at the
// very part of the scope that decided: the grant, the field, or the list item at that index.
const sdk = createRequire(import.meta.url)("@meshagent/meshagent") as typeof import("@meshagent/meshagent");

function at(scope: ApiScope, decision: Decision): unknown {
  const { grant, field, index } = decision.entry;
  let value: unknown = scope[grant];
  for (const key of (field ?? "").split(/[.[\]]+/).filter((k) => k !== "")) {
    value = (value as Record<string, unknown> | null)?.[key];
  }
  return index === undefined ? value : (value as unknown[])[index];
}

function expectEntryInScope(scope: ApiScope, decision: Decision) {
  if (decision.because === "grant-absent") expect(scope[decision.entry.grant]).toBeNull();
  else if (decision.entry.field === undefined) expect(scope[decision.entry.grant]).not.toBeNull();
  else if (decision.because !== "blank-name") expect(at(scope, decision)).toEqual(decision.entry.value);
}

const words = ["/", "/data", "/data/x", "/tmp/a", "/docs/", "a", "db", "redis", "team/app"];
const sample = fc.constantFrom(...words);

describe("decisions agree with the SDK and name the entry that decided", () => {
  it("on random scopes and requests", () => {
    fc.assert(
      fc.property(arbitraryApiScope, sample, fc.constantFrom<TableOp>("read", "write", "alter"), (scope, word, op) => {
        const theirs = sdk.ApiScope.fromJSON(toCompact(scope));
        const pairs: [Decision, boolean | undefined][] = [
          [decideReadStoragePath(scope, word), theirs.storage?.canRead(word) ?? false],
          [decideWriteStoragePath(scope, word), theirs.storage?.canWrite(word) ?? false],
          [decideReadSyncPath(scope, word), theirs.sync?.canRead(word) ?? false],
          [decideWriteSyncPath(scope, word), theirs.sync?.canWrite(word) ?? false],
          [decidePullContainerImage(scope, word), theirs.containers?.canPull(word) ?? false],
          [decideRunContainerImage(scope, word), theirs.containers?.canRun(word) ?? false],
          [decideRegistryRepository(scope, word, "list"), theirs.containers?.canRegistryList(word) ?? false],
          [decideRegistryRepository(scope, word, "write"), theirs.containers?.canRegistryWrite(word) ?? false],
          [decideLlmProvider(scope, word), theirs.llm?.canUseProvider(word) ?? false],
          [decideLlmModel(scope, "openai", word), theirs.llm?.canUseModel("openai", word) ?? false],
          [decideSendToQueue(scope, word), theirs.queues?.canSend(word) ?? false],
          [decideReceiveFromQueue(scope, word), theirs.queues?.canReceive(word) ?? false],
          [decideUseTable(scope, word, ["a"], op), tableCheck(theirs, word, op)],
        ];
        for (const [decision, expected] of pairs) {
          expect(decision.allowed).toBe(expected);
          expectEntryInScope(scope, decision);
        }
        for (const name of grantNames) expectEntryInScope(scope, decideGrant(scope, name));
        expectEntryInScope(scope, decideTunnelPort(scope, 443));
        for (const p of memoryPermissionKeys) expectEntryInScope(scope, decideMemory(scope, word, undefined, p));
      }),
      { numRuns: 400 },
    );
  });
});

type SdkScope = InstanceType<typeof sdk.ApiScope>;
function tableCheck(theirs: SdkScope, table: string, op: TableOp): boolean {
  const dataset = theirs.dataset;
  if (dataset === undefined) return false;
  if (op === "read") return dataset.canRead(table, ["a"]);
  return op === "write" ? dataset.canWrite(table, ["a"]) : dataset.canAlter(table, ["a"]);
}
