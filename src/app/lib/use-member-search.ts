import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { memberQueries } from "./member-queries.ts";
import { useDebouncedValue } from "./use-debounced-value.ts";
import { useApi } from "./use-session.ts";

/**
 * The first `limit` members matching what was typed (e-mail, name or id; the server searches), for
 * pickers: the text is debounced, and the last answer stays on screen while the next one loads.
 */
export function useMemberSearch(projectId: string, filter: string, limit: number) {
  const api = useApi();
  const debounced = useDebouncedValue(filter.trim(), 250);
  const query = useQuery({
    ...memberQueries.list(api, projectId, { limit, offset: 0, filter: debounced }),
    placeholderData: keepPreviousData,
  });
  // The answer on screen is for older text while the typing settles or the next answer loads.
  const searching = debounced !== filter.trim() || query.isPending || query.isPlaceholderData;
  return { members: query.data?.users ?? [], total: query.data?.total ?? 0, searching, query };
}
