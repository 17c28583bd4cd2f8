import { canReadStoragePath, canReadSyncPath, canWriteStoragePath, canWriteSyncPath } from "./access-paths.ts";
import type { ApiScope, PathGrant } from "./schema.ts";

// How ordered storage and sync path lists behave as a whole, on top of the per-request checks in
// access-paths: which entries a later one can never outrank, and what each entry really allows.

export type PathGrantKind = "storage" | "sync";

/** Every request `later` matches, `earlier` matches too: `earlier` always comes first for it. */
export function covers(kind: PathGrantKind, earlier: PathGrant, later: PathGrant): boolean {
  if (kind === "storage") return later.path.startsWith(earlier.path);
  if (earlier.path.endsWith("*")) return later.path.startsWith(earlier.path.slice(0, -1));
  return earlier.path === later.path && !later.path.endsWith("*");
}

/** The index of the first earlier entry that covers entry `index`, which then decides its writes. */
export function shadowingEntry(kind: PathGrantKind, paths: readonly PathGrant[], index: number): number | undefined {
  const later = paths[index];
  if (later === undefined) return undefined;
  const found = paths.slice(0, index).findIndex((earlier) => covers(kind, earlier, later));
  return found === -1 ? undefined : found;
}

export interface PathProbe {
  /** A request path standing for everything the entry matches. */
  request: string;
  /** The entry as the user wrote it. */
  label: string;
}

// Past the end of any path anyone types: stands for "something under this prefix".
const beyond = "\uffff";

/**
 * One probe per entry. For storage, a request decides like the longest entry path it starts with,
 * so probing every entry path of both lists finds every difference; sync patterns are probed just
 * past their prefix so that an exact entry equal to the prefix does not stand in for them.
 */
export function pathProbes(kind: PathGrantKind, ...lists: (readonly PathGrant[] | null | undefined)[]): PathProbe[] {
  const probes = new Map<string, PathProbe>();
  for (const list of lists) {
    for (const { path } of list ?? []) {
      const request = kind === "sync" && path.endsWith("*") ? `${path.slice(0, -1)}${beyond}` : path;
      if (!probes.has(request)) probes.set(request, { request, label: path });
    }
  }
  return [...probes.values()];
}

export type PathAccess = "none" | "read" | "write";

export function pathAccess(scope: ApiScope, kind: PathGrantKind, request: string): PathAccess {
  const read = kind === "storage" ? canReadStoragePath : canReadSyncPath;
  const write = kind === "storage" ? canWriteStoragePath : canWriteSyncPath;
  if (write(scope, request)) return "write";
  return read(scope, request) ? "read" : "none";
}

export interface WritableEntry {
  path: string;
  /** Narrower read-only entries listed before it, carved out of it. */
  except: string[];
}

/** The entries whose writes really apply (not shadowed by an earlier read-only entry). */
export function writableEntries(scope: ApiScope, kind: PathGrantKind): WritableEntry[] {
  const paths = scope[kind]?.paths ?? [];
  return paths.flatMap((entry, index) => {
    const [probe] = pathProbes(kind, [entry]);
    if (entry.read_only || probe === undefined || pathAccess(scope, kind, probe.request) !== "write") return [];
    const except = paths
      .slice(0, index)
      .filter((earlier) => earlier.read_only && covers(kind, entry, earlier))
      .map((earlier) => earlier.path);
    return [{ path: entry.path, except }];
  });
}

/** Read is allowed somewhere: the grant is present and unrestricted, or some entry lets its own path be read. */
export function canReadSomewhere(scope: ApiScope, kind: PathGrantKind): boolean {
  const grant = scope[kind];
  if (grant === null) return false;
  if (grant.paths === null) return true;
  return pathProbes(kind, grant.paths).some((probe) => pathAccess(scope, kind, probe.request) !== "none");
}

/** Write is allowed somewhere: the grant is present and unrestricted, or some entry is writable. */
export function canWriteSomewhere(scope: ApiScope, kind: PathGrantKind): boolean {
  const grant = scope[kind];
  if (grant === null) return false;
  return grant.paths === null || writableEntries(scope, kind).length > 0;
}
