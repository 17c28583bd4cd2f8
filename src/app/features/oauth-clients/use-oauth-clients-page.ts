import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { OAuthClient } from "#api/schemas/oauth-client.ts";
import { usePrefetchNextPage } from "#app/components/data-table/use-prefetch-next-page.ts";
import { useTableSearchParams } from "#app/components/data-table/use-table-search-params.ts";
import { usePageAllowed } from "#app/lib/use-page-allowed.ts";
import { useApi } from "#app/lib/use-session.ts";
import { type OAuthClientListParams, oauthClientQueries } from "./oauth-client-queries.ts";

const noClients: OAuthClient[] = [];

/** One page of the project's OAuth clients (in creation order, as the API lists them), once the caller is known to be an admin. */
export function useOAuthClientsPage(projectId: string) {
  const api = useApi();
  const allowed = usePageAllowed(projectId, "admin");
  const search = useTableSearchParams();
  const { pageIndex, pageSize } = search.pagination;
  const params = useMemo<OAuthClientListParams>(
    () => ({ limit: pageSize, offset: pageIndex * pageSize, filter: search.filter }),
    [pageIndex, pageSize, search.filter],
  );
  const query = useQuery({
    ...oauthClientQueries.list(api, projectId, params),
    placeholderData: keepPreviousData,
    enabled: allowed,
  });
  usePrefetchNextPage(params, query.data?.total, (next) => oauthClientQueries.list(api, projectId, next), allowed);
  return { search, query, rows: query.data?.clients ?? noClients, total: query.data?.total };
}
