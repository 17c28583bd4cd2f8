import { type ListBlocks, type ListSource, listSlices } from "../cache/list-blocks.ts";
import { rowJson } from "../cache/row-json.ts";
import { memo } from "../cache/version-cache.ts";
import {
  count,
  type GrantJoinRow,
  grantColumns,
  grantOrders,
  grantText,
  memoKey,
  type Page,
  pageJson,
} from "./grants.ts";
import { type Db, likePattern, prepared, preparedPluck } from "./open.ts";

// A page of grants is found as rowids (from an index, or cut from a memoised order), then written from
// each grant's JSON, kept as bytes between writes: by block of positions for the whole project's list
// (cache/list-blocks.ts), by grant for a filtered one (cache/row-json.ts). So a page deep in 50,000 grants
// costs a copy of its bytes, not an OFFSET scan, a join or the copy of 100 stored scopes out of SQLite.

type GrantOrder = keyof typeof grantOrders;

const rowids = (db: Db, sql: string, ...params: unknown[]) => preparedPluck<unknown[], number>(db, sql).all(...params);

// Up to this offset a page is cheapest straight from the index; past it, from the memoised order.
const SHALLOW_OFFSET = 1000;

/** Every grant of the project in page order, as rowids: a deep page is a slice of it. */
const grantKeys = (db: Db, projectId: string, order: GrantOrder) =>
  memo(db, memoKey("grant-keys", projectId, order), () =>
    rowids(db, `SELECT g.rowid FROM room_grants g WHERE g.project_id = ? ORDER BY ${grantOrders[order]}`, projectId),
  );

type GrantKeyRow = GrantJoinRow & { k: number };
const renderGrants = (db: Db, keys: number[]) =>
  new Map(
    prepared<[string], GrantKeyRow>(
      db,
      `SELECT g.rowid AS k, ${grantColumns} FROM json_each(?) j JOIN room_grants g ON g.rowid = j.value JOIN rooms r ON r.id = g.room_id`,
    )
      .all(JSON.stringify(keys))
      .map((row) => [row.k, grantText(row)]),
  );

/** Every grant of the project, in this order: near the start straight from the index, past it from the memoised order. */
const projectGrants = (db: Db, projectId: string, order: GrantOrder): ListSource => ({
  keysAt: (start, count) =>
    order === "room_name" && start < SHALLOW_OFFSET
      ? rowids(
          db,
          `SELECT g.rowid FROM room_grants g WHERE g.project_id = ? ORDER BY ${grantOrders.room_name} LIMIT ? OFFSET ?`,
          projectId,
          count,
          start,
        )
      : grantKeys(db, projectId, order).slice(start, start + count),
  render: (keys) => renderGrants(db, keys),
});

/** A page that starts the list and is not full holds it all: its length is the total, no count needed. */
const totalOf = (keys: readonly number[], p: Page, counted: () => number) =>
  p.offset === 0 && keys.length < p.limit ? keys.length : counted();

/** The wire page (`{room_grants, total}`) of these grants, in this order. */
const grantsPage = (db: Db, keys: readonly number[], total: number) =>
  pageJson(
    rowJson(db, "room-grant", keys, (missing) => renderGrants(db, missing)),
    total,
  );

export function listGrants(db: Db, projectId: string, p: Page & { order: GrantOrder }): Uint8Array<ArrayBuffer> {
  if (!p.filter) {
    const total = memo(db, memoKey("grant-total", projectId), () =>
      count(db, "SELECT count(*) AS n FROM room_grants WHERE project_id = ?", projectId),
    );
    const blocks = memo(db, memoKey("grant-blocks", projectId, p.order), (): ListBlocks => new Map());
    return pageJson(listSlices(blocks, projectGrants(db, projectId, p.order), p.offset, p.limit), total);
  }
  const pattern = likePattern(p.filter);
  return queriedPage(db, p, {
    from: "FROM room_grants g WHERE g.project_id = ? AND (g.room_name LIKE ? ESCAPE '\\' OR g.user_id IN (SELECT id FROM users WHERE email LIKE ? ESCAPE '\\'))",
    params: [projectId, pattern, pattern],
    order: grantOrders[p.order],
  });
}

export function listGrantsByUser(db: Db, projectId: string, userId: string, p: Page & { order: GrantOrder }) {
  const pattern = likePattern(p.filter);
  return queriedPage(db, p, {
    from: "FROM room_grants g WHERE g.project_id = ? AND g.user_id = ? AND g.room_name LIKE ? ESCAPE '\\'",
    params: [projectId, userId, pattern],
    order: grantOrders[p.order],
    totalKey: memoKey("user-grant-total", projectId, userId, pattern),
  });
}

export function listGrantsByRoom(db: Db, roomId: string, p: Page) {
  const pattern = likePattern(p.filter);
  return queriedPage(db, p, {
    from: "FROM room_grants g JOIN users u ON u.id = g.user_id WHERE g.room_id = ? AND u.email LIKE ? ESCAPE '\\'",
    params: [roomId, pattern],
    order: "u.email",
    totalKey: memoKey("room-grant-total", roomId, pattern),
  });
}

interface GrantQuery {
  /** `FROM … WHERE …` of the grants listed, aliased `g`, with `?` for `params`. */
  from: string;
  params: unknown[];
  order: string;
  /** Where the total is kept until the next write; without it, it is counted each time it is needed. */
  totalKey?: string;
}

/** The page of the grants a query finds: their rowids from it, the total counted only when the page does not tell it. */
function queriedPage(db: Db, p: Page, q: GrantQuery): Uint8Array<ArrayBuffer> {
  const keys = rowids(
    db,
    `SELECT g.rowid ${q.from} ORDER BY ${q.order} LIMIT ? OFFSET ?`,
    ...q.params,
    p.limit,
    p.offset,
  );
  const counted = () => count(db, `SELECT count(*) AS n ${q.from}`, ...q.params);
  const { totalKey } = q;
  return grantsPage(db, keys, totalOf(keys, p, totalKey ? () => memo(db, totalKey, counted) : counted));
}
