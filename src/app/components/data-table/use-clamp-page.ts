import { useEffect } from "react";
import type { TableSearch } from "./use-table-search-params.ts";

/**
 * A page past the end (`?page=99` of 3, or rows deleted under the user) becomes the last page, in
 * place: the URL is corrected without a history entry. `total` is the settled row count, or
 * `undefined` while it is unknown or stale.
 */
export function useClampPage(search: TableSearch, total: number | undefined): boolean {
  const { pageIndex, pageSize } = search.pagination;
  const lastIndex = total === undefined ? pageIndex : Math.max(Math.ceil(total / pageSize) - 1, 0);
  const pastEnd = pageIndex > lastIndex;
  const { setPagination } = search;
  useEffect(() => {
    if (pastEnd) setPagination({ pageIndex: lastIndex, pageSize }, { replace: true });
  }, [pastEnd, lastIndex, pageSize, setPagination]);
  return pastEnd;
}
