import type { ApiScope } from "#api/scope/schema.ts";
import type { AccessCell } from "#app/components/bulk-change/bulk-types.ts";
import type { AccessIndex } from "#app/lib/access-index/access-index.ts";
import { byText, labelOrder } from "#app/lib/access-index/label-order.ts";
import { runAtOnce } from "#app/lib/run-in-steps.ts";
import type { Pair } from "../overview/overview-stats.ts";
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

/** Cells looked at between two yields: a few milliseconds of work. */
const CELLS_PER_STEP = 2_000;

/**
 * The findings, in steps: one pass over every cell, room by room in name order (each room's cells
 * by member), so each list comes out sorted as `pairsWhere` sorts and no list of 50,000 is sorted.
 */
export function* findingsSteps(
  index: AccessIndex,
  members: readonly Member[],
  rooms: readonly RoomRef[],
): Generator<void, Findings> {
  const memberIds = new Set(members.map((m) => m.id));
  // Bit i of a scope's mask: the scope trips scopeLints[i]. Each distinct scope is linted once.
  const lintMask = new Uint8Array(index.scopes.length);
  for (const entry of index.scopes) {
    const keys = lintsOf(entry.scope);
    lintMask[entry.id] = scopeLints.reduce((bits, lint, i) => (keys.includes(lint.key) ? bits | (1 << i) : bits), 0);
    if (entry.id % 200 === 199) yield;
  }
  const order = labelOrder(index);
  yield;
  const orphans: Pair[] = [];
  const linted: Pair[][] = scopeLints.map(() => []);
  const administered = new Set<string>();
  let looked = 0;
  for (const roomId of order.rooms) {
    const roomName = index.rooms.get(roomId)?.name ?? roomId;
    const cells = [...index.roomCells(roomId)].sort(([a], [b]) => order.userRank(a) - order.userRank(b));
    for (const [userId, scopeId] of cells) {
      const entry = index.scopes[scopeId];
      if (!entry) continue;
      if (entry.level === "admin") administered.add(roomId);
      const mask = lintMask[scopeId] ?? 0;
      const orphan = !memberIds.has(userId);
      if (mask === 0 && !orphan) continue;
      const pair = { roomId, roomName, userId, userEmail: index.users.get(userId)?.email ?? userId, entry };
      if (orphan) orphans.push(pair);
      for (const [i, list] of linted.entries()) if (mask & (1 << i)) list.push(pair);
    }
    looked += cells.length;
    if (looked >= CELLS_PER_STEP) {
      looked = 0;
      yield;
    }
  }
  const roomsWithoutAdmin = rooms.filter((room) => !administered.has(room.id));
  roomsWithoutAdmin.sort((a, b) => byText(a.name, b.name));
  yield;
  const membersWithoutGrant = members.filter((m) => index.userCells(m.id).size === 0);
  membersWithoutGrant.sort((a, b) => byText(a.email, b.email));
  yield;
  const lints: LintFinding[] = [];
  for (const [i, { key, title, fix }] of scopeLints.entries()) {
    const pairs = linted[i] ?? [];
    const fixed = new Map<number, ApiScope>();
    const targets: FixTarget[] = [];
    for (const p of pairs) {
      let scope = fixed.get(p.entry.id);
      if (scope === undefined) {
        scope = fixLint(key, p.entry.scope);
        fixed.set(p.entry.id, scope);
      }
      targets.push({ cell: cellOf(p), scope });
      if (targets.length % CELLS_PER_STEP === 0) yield;
    }
    lints.push({ key, title, fix, pairs, targets });
  }
  return { orphans, roomsWithoutAdmin, membersWithoutGrant, lints };
}

export const findFindings = (index: AccessIndex, members: readonly Member[], rooms: readonly RoomRef[]): Findings =>
  runAtOnce(findingsSteps(index, members, rooms));

/** The fix for orphaned grants: revoke each. */
export const revokeTargets = (pairs: readonly Pair[]): FixTarget[] =>
  pairs.map((p) => ({ cell: cellOf(p), scope: null }));
