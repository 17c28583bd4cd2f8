import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { usePrefetchNextPage } from "#app/components/data-table/use-prefetch-next-page.ts";
import { useTableSearchParams } from "#app/components/data-table/use-table-search-params.ts";
import { grantQueries } from "#app/lib/grant-queries.ts";
import { memberQueries } from "#app/lib/member-queries.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { sessionQueries } from "#app/lib/session-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

/** The member in the URL: their membership, profile and (for admins) one page of their room grants. */
export function useMemberPage() {
  const api = useApi();
  const params = useParams();
  const projectId = params.projectId ?? "";
  const userId = params.userId ?? "";
  const member = useQuery(memberQueries.detail(api, projectId, userId));
  const profile = useQuery({ ...memberQueries.profile(api, userId), enabled: member.isSuccess });
  const isAdmin = useQuery(projectQueries.role(api, projectId)).data?.isAdmin ?? false;
  const me = useQuery(sessionQueries.me(api)).data;

  const search = useTableSearchParams({ pageSize: 10 });
  const { pageIndex, pageSize } = search.pagination;
  const grantParams = { limit: pageSize, offset: pageIndex * pageSize, filter: search.filter || undefined };
  const grants = useQuery({
    ...grantQueries.byUser(api, projectId, userId, grantParams),
    enabled: isAdmin && member.isSuccess,
    placeholderData: keepPreviousData,
  });

  usePrefetchNextPage(
    grantParams,
    grants.data?.total,
    (next) => grantQueries.byUser(api, projectId, userId, next),
    isAdmin && member.isSuccess,
  );

  return { projectId, userId, member, profile: profile.data, isAdmin, myUserId: me?.id, search, grants };
}
