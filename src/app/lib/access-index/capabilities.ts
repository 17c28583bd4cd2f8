import { canWriteStoragePath } from "#api/scope/access-paths.ts";
import { grantsSomething } from "#api/scope/effective.ts";
import { privilegeLevel } from "#api/scope/level.ts";
import { canWriteSomewhere } from "#api/scope/path-rules.ts";
import type { ApiScope } from "#api/scope/schema.ts";

// What a matrix cell shows at a glance: one glyph per capability the scope grants. The glyphs are
// letters, explained by the legend; screen readers hear the scope's summary instead. A grant that
// allows nothing (storage with no paths, llm with no models) shows no glyph.

export interface Capability {
  key: CapabilityKey;
  /** Shown in the cell (aria-hidden) and in the legend. */
  glyph: string;
  label: string;
  holds: (scope: ApiScope) => boolean;
}

export type CapabilityKey =
  | "storage-read"
  | "storage-write"
  | "messaging"
  | "queues"
  | "tables"
  | "memory"
  | "sync"
  | "containers"
  | "agents"
  | "llm"
  | "secrets"
  | "tunnels"
  | "admin";

export const capabilities: readonly Capability[] = [
  { key: "storage-read", glyph: "R", label: "Storage: read", holds: (s) => grantsSomething(s, "storage") },
  { key: "storage-write", glyph: "W", label: "Storage: write", holds: (s) => canWriteSomewhere(s, "storage") },
  { key: "messaging", glyph: "M", label: "Messaging", holds: (s) => s.messaging !== null },
  { key: "queues", glyph: "Q", label: "Queues", holds: (s) => s.queues !== null },
  {
    key: "tables",
    glyph: "T",
    label: "Tables (datasets, SQLite)",
    holds: (s) => s.dataset !== null || s.sqlite !== null,
  },
  { key: "memory", glyph: "Y", label: "Memory", holds: (s) => s.memory !== null },
  { key: "sync", glyph: "S", label: "Sync", holds: (s) => grantsSomething(s, "sync") },
  { key: "containers", glyph: "C", label: "Containers", holds: (s) => s.containers !== null },
  { key: "agents", glyph: "G", label: "Agents", holds: (s) => s.agents !== null },
  { key: "llm", glyph: "L", label: "LLM", holds: (s) => grantsSomething(s, "llm") },
  { key: "secrets", glyph: "K", label: "Secrets", holds: (s) => s.secrets !== null },
  { key: "tunnels", glyph: "N", label: "Tunnels", holds: (s) => s.tunnels !== null },
  { key: "admin", glyph: "A", label: "Admin", holds: (s) => s.admin !== null },
];

/** A lens: the matrix dims every cell whose scope does not pass. Capabilities, plus a few sharper questions. */
export interface Lens {
  key: string;
  label: string;
  holds: (scope: ApiScope) => boolean;
}

export const lenses: readonly Lens[] = [
  ...capabilities.map(({ key, label, holds }) => ({ key, label, holds })),
  { key: "write-root", label: "Storage: write to /", holds: (s) => canWriteStoragePath(s, "/") },
  // Every grant but admin present and unrestricted (level "full" once admin is set aside).
  { key: "full", label: "Full scope", holds: (s) => privilegeLevel({ ...s, admin: null }) === "full" },
];

export const lensByKey = (key: string | null | undefined): Lens | undefined =>
  key ? lenses.find((lens) => lens.key === key) : undefined;

/** The glyphs of a scope, in the legend's order, as one string. */
export const glyphsOf = (scope: ApiScope): string =>
  capabilities
    .filter((c) => c.holds(scope))
    .map((c) => c.glyph)
    .join("");
