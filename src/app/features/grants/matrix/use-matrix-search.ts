import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

export type AxisMode = "all" | "holders";
export type AxisSort = "name" | "count";

export interface AxisView {
  mode: AxisMode;
  filter: string;
  sort: AxisSort;
}

export interface MatrixView {
  /** What the rows are; the columns are the other. */
  rows: "rooms" | "members";
  rooms: AxisView;
  members: AxisView;
  /** A lens key (access-index/capabilities.ts), or "" for none. */
  lens: string;
}

// Everything that shapes the matrix lives in the URL, short keys and defaults left out:
// ?rows=members&rooms=holders&rq=ops&rsort=count&members=all&mq=@acme&msort=name&lens=secrets
const axis = (search: URLSearchParams, prefix: "r" | "m", modeKey: string): AxisView => ({
  mode: search.get(modeKey) === "holders" ? "holders" : "all",
  filter: search.get(`${prefix}q`) ?? "",
  sort: search.get(`${prefix}sort`) === "count" ? "count" : "name",
});

export function readMatrixView(search: URLSearchParams): MatrixView {
  return {
    rows: search.get("rows") === "members" ? "members" : "rooms",
    rooms: axis(search, "r", "rooms"),
    members: axis(search, "m", "members"),
    lens: search.get("lens") ?? "",
  };
}

export function writeMatrixView(view: MatrixView, keep: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(keep);
  const set = (key: string, value: string, fallback: string) => {
    if (value === fallback) next.delete(key);
    else next.set(key, value);
  };
  set("rows", view.rows, "rooms");
  set("lens", view.lens, "");
  for (const [name, prefix] of [
    ["rooms", "r"],
    ["members", "m"],
  ] as const) {
    set(name, view[name].mode, "all");
    set(`${prefix}q`, view[name].filter, "");
    set(`${prefix}sort`, view[name].sort, "name");
  }
  return next;
}

/** The matrix's view as the URL has it, and a way to change part of it (filters replace the entry, the rest push). */
export function useMatrixSearch() {
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => readMatrixView(search), [search]);
  const update = useCallback(
    (change: (view: MatrixView) => MatrixView, { replace = false } = {}) =>
      setSearch((current) => writeMatrixView(change(readMatrixView(current)), current), { replace }),
    [setSearch],
  );
  return { view, update };
}
