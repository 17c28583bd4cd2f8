import type { ApiScope } from "#api/scope/schema.ts";
import type { AccessCell } from "#app/components/bulk-change/bulk-types.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { byText } from "#app/lib/access-index/label-order.ts";
import { type Pair, pairsWhere } from "../overview/overview-stats.ts";
import { fixLint, type LintKey, lintsOf, scopeLints } from "./scope-lints.ts";

// What the findings view reports, from the access index beside the project's members and rooms
// (the index knows only rooms and users holding grants, so those two lists come from the API).

export interface Member {
  id: string;
  email: string;
}

export interface RoomRef {
  id: string;
  name: string;
}

/** A cell and the scope a fix gives it (`null`: revoke), as the bulk preview takes them. */
export interface FixTarget {
  cell: AccessCell;
  scope: ApiScope | null;
}

export interface LintFinding {
  key: LintKey;
  title: string;
  fix: string;
  pairs: Pair[];
  targets: FixTarget[];
}

export interface Findings {
  /** Grants of users who are not (any more) members of the project. */
  orphans: Pair[];
  roomsWithoutAdmin: RoomRef[];
  membersWithoutGrant: Member[];
  lints: LintFinding[];
}

const cellOf = (p: Pair): AccessCell => ({
  roomId: p.roomId,
  roomName: p.roomName,
  userId: p.userId,
  userEmail: p.userEmail,
  scope: p.entry.scope,
});

export function findFindings(index: AccessIndex, members: readonly Member[], rooms: readonly RoomRef[]): Findings {
  const memberIds = new Set(members.map((m) => m.id));
  const orphanIds = new Set([...index.users.keys()].filter((id) => !memberIds.has(id)));
  const orphans = pairsWhere(index, () => true, { userIds: orphanIds });

  const hasAdmin = (roomId: string) =>
    [...index.roomCells(roomId).values()].some((scopeId) => index.scopes[scopeId]?.level === "admin");
  const roomsWithoutAdmin = rooms.filter((room) => !hasAdmin(room.id));
  roomsWithoutAdmin.sort((a, b) => byText(a.name, b.name));

  const membersWithoutGrant = members.filter((m) => index.userCells(m.id).size === 0);
  membersWithoutGrant.sort((a, b) => byText(a.email, b.email));

  // Each distinct scope is linted once.
  const lintsByScope = index.scopes.map((entry) => lintsOf(entry.scope));
  const lints = scopeLints.map(({ key, title, fix }) => {
    const pairs = pairsWhere(index, (entry) => lintsByScope[entry.id]?.includes(key) ?? false);
    const fixed = new Map<number, ApiScope>();
    const fixOf = (p: Pair): ApiScope => {
      let scope = fixed.get(p.entry.id);
      if (scope === undefined) {
        scope = fixLint(key, p.entry.scope);
        fixed.set(p.entry.id, scope);
      }
      return scope;
    };
    const targets = pairs.map((p) => ({ cell: cellOf(p), scope: fixOf(p) }));
    return { key, title, fix, pairs, targets };
  });

  return { orphans, roomsWithoutAdmin, membersWithoutGrant, lints };
}

/** The fix for orphaned grants: revoke each. */
export const revokeTargets = (pairs: readonly Pair[]): FixTarget[] =>
  pairs.map((p) => ({ cell: cellOf(p), scope: null }));
