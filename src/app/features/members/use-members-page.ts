import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useParams } from "react-router";
import type { ProjectMember } from "#api/schemas/member.ts";
import { usePrefetchNextPage } from "#app/components/data-table/use-prefetch-next-page.ts";
import { useTableSearchParams } from "#app/components/data-table/use-table-search-params.ts";
import { grantCountQueries } from "#app/lib/grant-queries.ts";
import { type MemberListParams, memberQueries } from "#app/lib/member-queries.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { sessionQueries } from "#app/lib/session-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

export interface MemberRow extends ProjectMember {
  /** Room grants held; `undefined` while loading, `null` when the caller may not read them. */
  grantCount: number | null | undefined;
}

const noMembers: ProjectMember[] = [];

/** One page of the project's members (by e-mail, as the API orders them), with their grant counts. */
export function useMembersPage() {
  const api = useApi();
  const projectId = useParams().projectId ?? "";
  const search = useTableSearchParams();
  const { pageIndex, pageSize } = search.pagination;
  const params = useMemo<MemberListParams>(
    () => ({ limit: pageSize, offset: pageIndex * pageSize, filter: search.filter }),
    [pageIndex, pageSize, search.filter],
  );
  const query = useQuery({ ...memberQueries.list(api, projectId, params), placeholderData: keepPreviousData });
  const members = query.data?.users ?? noMembers;
  const total = query.data?.total;
  usePrefetchNextPage(params, total, (next) => memberQueries.list(api, projectId, next));

  const role = useQuery(projectQueries.role(api, projectId));
  const isAdmin = role.data?.isAdmin ?? false;
  const me = useQuery(sessionQueries.me(api)).data;
  // Every member's count comes from by-user, 1,000 a request; members absent from it hold none.
  const counts = useQuery({ ...grantCountQueries.users(api, projectId), enabled: isAdmin });
  const rows = useMemo<MemberRow[]>(
    () =>
      members.map((m) => ({
        ...m,
        grantCount: (role.data && !isAdmin) || counts.isError ? null : counts.data && (counts.data.get(m.id) ?? 0),
      })),
    [members, counts.data, counts.isError, isAdmin, role.data],
  );

  return { projectId, search, query, rows, total, isAdmin, myUserId: me?.id };
}
