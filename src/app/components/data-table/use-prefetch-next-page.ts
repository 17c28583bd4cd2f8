import { type FetchQueryOptions, type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

interface PageWindow {
  limit: number;
  offset: number;
}

/**
 * Loads the page after `params` into the cache once the current one says there is one, so "Next"
 * shows at once. `optionsFor` is the list's query options for given page parameters.
 */
export function usePrefetchNextPage<P extends PageWindow, TData, TError, TKey extends QueryKey>(
  params: P,
  total: number | undefined,
  optionsFor: (next: P) => FetchQueryOptions<TData, TError, TData, TKey>,
  enabled = true,
) {
  const queryClient = useQueryClient();
  const hasNext = enabled && total !== undefined && params.offset + params.limit < total;
  const next = { ...params, offset: params.offset + params.limit };
  // The page is named by its parameters' values; callers may rebuild the object every render.
  const nextKey = JSON.stringify(next);
  const options = useRef(optionsFor);
  useEffect(() => {
    options.current = optionsFor;
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: nextKey stands for `next`, a new object every render
  useEffect(() => {
    if (hasNext) void queryClient.prefetchQuery(options.current(next));
  }, [hasNext, nextKey, queryClient]);
}
