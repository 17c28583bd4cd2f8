import { matchesPattern } from "./access-patterns.ts";
import { absent, type Decision, findEntry, matched, noMatch, unrestricted } from "./decision.ts";
import type { ApiScope, PathGrant } from "./schema.ts";

// Storage and sync path checks of spec §7.3, as the SDKs implement them. An absent grant denies the
// whole surface; a null path list allows everything.

type PathMatch = (grant: PathGrant, path: string) => boolean;
type PathGrantName = "storage" | "sync";

// Storage has no wildcard: "/data" also covers "/database", exactly as the SDKs do it.
const storageMatch: PathMatch = (grant, path) => path.startsWith(grant.path);

const syncMatch: PathMatch = (grant, path) => matchesPattern(grant.path, path);

// Reading: any matching entry allows, so the first one that matches is the reason.
// Writing: only the first matching entry counts, so list order matters: a broader read-only entry
// placed first shadows a narrower read-write one after it.
function decidePath(scope: ApiScope, name: PathGrantName, path: string, write: boolean): Decision {
  const grant = scope[name];
  if (grant === null) return absent(name);
  if (grant.paths === null) return unrestricted(name, "paths");
  const matches = name === "storage" ? storageMatch : syncMatch;
  const first = findEntry(grant.paths, (entry) => matches(entry, path));
  if (first === undefined) return noMatch(name, "paths", grant.paths);
  const [index, entry] = first;
  return matched(!write || !entry.read_only, name, "paths", index, entry);
}

export const decideReadStoragePath = (scope: ApiScope, path: string) => decidePath(scope, "storage", path, false);
export const decideWriteStoragePath = (scope: ApiScope, path: string) => decidePath(scope, "storage", path, true);
export const decideReadSyncPath = (scope: ApiScope, path: string) => decidePath(scope, "sync", path, false);
export const decideWriteSyncPath = (scope: ApiScope, path: string) => decidePath(scope, "sync", path, true);

export const canReadStoragePath = (scope: ApiScope, path: string) => decideReadStoragePath(scope, path).allowed;
export const canWriteStoragePath = (scope: ApiScope, path: string) => decideWriteStoragePath(scope, path).allowed;
export const canReadSyncPath = (scope: ApiScope, path: string) => decideReadSyncPath(scope, path).allowed;
export const canWriteSyncPath = (scope: ApiScope, path: string) => decideWriteSyncPath(scope, path).allowed;
