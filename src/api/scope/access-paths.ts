import { matchesPattern } from "./access-patterns.ts";
import type { ApiScope, PathGrant } from "./schema.ts";

// Storage and sync path checks of spec §7.3, as the SDKs implement them. An absent grant denies the
// whole surface; a null path list allows everything.

type PathMatch = (grant: PathGrant, path: string) => boolean;

// Storage has no wildcard: "/data" also covers "/database", exactly as the SDKs do it.
const storageMatch: PathMatch = (grant, path) => path.startsWith(grant.path);

const syncMatch: PathMatch = (grant, path) => matchesPattern(grant.path, path);

function canRead(paths: readonly PathGrant[] | null, path: string, matches: PathMatch): boolean {
  return paths === null || paths.some((grant) => matches(grant, path));
}

// Only the first matching entry counts, so list order matters: a broader read-only entry placed
// first shadows a narrower read-write one after it.
function canWrite(paths: readonly PathGrant[] | null, path: string, matches: PathMatch): boolean {
  if (paths === null) return true;
  const first = paths.find((grant) => matches(grant, path));
  return first !== undefined && !first.read_only;
}

export function canReadStoragePath(scope: ApiScope, path: string): boolean {
  return scope.storage !== null && canRead(scope.storage.paths, path, storageMatch);
}

export function canWriteStoragePath(scope: ApiScope, path: string): boolean {
  return scope.storage !== null && canWrite(scope.storage.paths, path, storageMatch);
}

export function canReadSyncPath(scope: ApiScope, path: string): boolean {
  return scope.sync !== null && canRead(scope.sync.paths, path, syncMatch);
}

export function canWriteSyncPath(scope: ApiScope, path: string): boolean {
  return scope.sync !== null && canWrite(scope.sync.paths, path, syncMatch);
}
