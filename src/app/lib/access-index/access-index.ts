import { toCompact } from "#api/scope/forms.ts";
import { presetLabel } from "#api/scope/label.ts";
import { type PrivilegeLevel, privilegeLevel } from "#api/scope/level.ts";
import type { ApiScope } from "#api/scope/schema.ts";
import { describeScope, summarizeScope } from "#api/scope/summary.ts";
import { glyphsOf } from "./capabilities.ts";

// The project access index: who holds what in which room, as the matrix and the audit read it.
// It is the cell model (room × subject → access), not the wire grant: today the room grants fill
// it; a backend with IAM roles can fill the same shape. Each distinct scope is stored and described
// once, so 50,000 grants that share a few scopes cost their memory once.

/** One distinct scope of the project, with what the matrix shows for it, computed once. */
export interface ScopeEntry {
  id: number;
  scope: ApiScope;
  glyphs: string;
  level: PrivilegeLevel;
  summary: string;
  /** The full summary: one line per grant, naming its paths, tables, models… */
  details: string[];
  label: string;
}

export interface IndexedRoom {
  id: string;
  name: string;
  /** Grants in the room: the server's count (`by-room`), kept up to date by local changes. */
  grantCount: number;
}

export interface IndexedUser {
  id: string;
  email: string;
  name: string;
  grantCount: number;
}

type Cells = Map<string, number>;
const noCells: ReadonlyMap<string, number> = new Map();

export class AccessIndex {
  readonly rooms = new Map<string, IndexedRoom>();
  readonly users = new Map<string, IndexedUser>();
  readonly scopes: ScopeEntry[] = [];
  readonly #scopeIds = new Map<string, number>();
  readonly #byRoom = new Map<string, Cells>();
  readonly #byUser = new Map<string, Cells>();
  readonly #listeners = new Set<() => void>();
  /** Grants indexed so far (cells with a scope). */
  size = 0;
  /** Bumped on every change, so React can tell a changed index from the same one. */
  version = 0;

  /** The id of a scope, keyed by `key` (its canonical JSON); `describe` runs only for a new one. */
  scopeId(key: string, scope: () => ApiScope): number {
    const known = this.#scopeIds.get(key);
    if (known !== undefined) return known;
    const value = scope();
    const id = this.scopes.length;
    this.scopes.push({
      id,
      scope: value,
      glyphs: glyphsOf(value),
      level: privilegeLevel(value),
      summary: summarizeScope(value),
      details: describeScope(value),
      label: presetLabel(value),
    });
    this.#scopeIds.set(key, id);
    return id;
  }

  /** Records (or, with `scopeId` null, removes) the cell; returns whether a grant was added (+1), removed (−1) or neither. */
  put(roomId: string, userId: string, scopeId: number | null): -1 | 0 | 1 {
    const row = this.#byRoom.get(roomId);
    const had = row?.has(userId) ?? false;
    if (scopeId === null) {
      if (!had) return 0;
      row?.delete(userId);
      this.#byUser.get(userId)?.delete(roomId);
      this.size--;
      return -1;
    }
    cellsOf(this.#byRoom, roomId).set(userId, scopeId);
    cellsOf(this.#byUser, userId).set(roomId, scopeId);
    if (had) return 0;
    this.size++;
    return 1;
  }

  /** The id of a parsed scope (an edit made here, a grant read back). */
  idOf(scope: ApiScope): number {
    return this.scopeId(JSON.stringify(toCompact(scope)), () => scope);
  }

  /** One cell changed (an edit, a revoke): updates it and its room's and member's counts, and tells subscribers. */
  setCell(room: { id: string; name: string }, user: { id: string; email: string }, scope: ApiScope | null): void {
    const delta = this.put(room.id, user.id, scope === null ? null : this.idOf(scope));
    const r = this.rooms.get(room.id) ?? { id: room.id, name: room.name, grantCount: 0 };
    const u = this.users.get(user.id) ?? { id: user.id, email: user.email, name: "", grantCount: 0 };
    this.rooms.set(room.id, { ...r, grantCount: r.grantCount + delta });
    this.users.set(user.id, { ...u, grantCount: u.grantCount + delta });
    this.changed();
  }

  get(roomId: string, userId: string): ScopeEntry | undefined {
    const id = this.#byRoom.get(roomId)?.get(userId);
    return id === undefined ? undefined : this.scopes[id];
  }

  /** The members holding a grant in a room: user id → scope id. */
  roomCells(roomId: string): ReadonlyMap<string, number> {
    return this.#byRoom.get(roomId) ?? noCells;
  }

  /** The rooms a member holds a grant in: room id → scope id. */
  userCells(userId: string): ReadonlyMap<string, number> {
    return this.#byUser.get(userId) ?? noCells;
  }

  /** Tells subscribers that something changed (after a batch of `put`s). */
  changed(): void {
    this.version++;
    for (const listener of this.#listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}

function cellsOf(map: Map<string, Cells>, key: string): Cells {
  let cells = map.get(key);
  if (!cells) {
    cells = new Map();
    map.set(key, cells);
  }
  return cells;
}
