import type { PaginationState, SortingState } from "@tanstack/react-table";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

export interface TableSearchDefaults {
  /** Column id, `-id` for descending. */
  sort?: string;
  pageSize?: number;
}

export interface TableSearch {
  pagination: PaginationState;
  sorting: SortingState;
  filter: string;
  /** `replace` corrects the URL in place (a page past the end), without a history entry. */
  setPagination: (next: PaginationState, options?: { replace?: boolean }) => void;
  setSorting: (next: SortingState) => void;
  setFilter: (next: string) => void;
}

/** `name` or `-name` (descending) as TanStack's sorting state; anything else is no sort. */
export const parseSort = (value: string | null): SortingState => {
  const match = value ? /^(-?)([\w.-]+)$/.exec(value) : null;
  return match?.[2] ? [{ id: match[2], desc: match[1] === "-" }] : [];
};
export const formatSort = (sorting: SortingState): string => {
  const first = sorting[0];
  return first ? `${first.desc ? "-" : ""}${first.id}` : "";
};

/**
 * A table's page, size, sort and filter as URL search params (`page`, `size`, `sort`, `q`), so links
 * are shareable, Back works and reload keeps the view. Defaults are left out of the URL.
 */
export function useTableSearchParams(defaults: TableSearchDefaults = {}): TableSearch {
  const [params, setParams] = useSearchParams();
  const defaultSize = defaults.pageSize ?? DEFAULT_PAGE_SIZE;
  const defaultSort = defaults.sort ?? "";

  const page = Number.parseInt(params.get("page") ?? "", 10);
  const size = Number.parseInt(params.get("size") ?? "", 10);
  const pageIndex = Number.isSafeInteger(page) && page > 1 ? page - 1 : 0;
  const pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : defaultSize;
  const sortParam = params.get("sort") ?? defaultSort;
  const filter = params.get("q") ?? "";

  const pagination = useMemo(() => ({ pageIndex, pageSize }), [pageIndex, pageSize]);
  const sorting = useMemo(() => parseSort(sortParam), [sortParam]);

  const update = useCallback(
    (changes: Record<string, string>, replace: boolean) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value === "") next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace, preventScrollReset: true },
      );
    },
    [setParams],
  );

  const setPagination = useCallback(
    (next: PaginationState, { replace = false }: { replace?: boolean } = {}) => {
      const sizeChanged = next.pageSize !== pageSize;
      update(
        {
          page: sizeChanged || next.pageIndex === 0 ? "" : String(next.pageIndex + 1),
          size: next.pageSize === defaultSize ? "" : String(next.pageSize),
        },
        replace,
      );
    },
    [update, pageSize, defaultSize],
  );
  const setSorting = useCallback(
    (next: SortingState) => {
      const value = formatSort(next);
      update({ sort: value === defaultSort ? "" : value, page: "" }, false);
    },
    [update, defaultSort],
  );
  // Called once typing settles (not per keystroke): each settled filter is one history entry.
  const setFilter = useCallback((next: string) => update({ q: next.trim(), page: "" }, false), [update]);

  return { pagination, sorting, filter, setPagination, setSorting, setFilter };
}
