import { keepPreviousData, type UseQueryResult, useQueries, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { ProjectInfo, ProjectRole, ProjectRoleInfo } from "#api/schemas/project.ts";
import { useTableSearchParams } from "#app/components/data-table/use-table-search-params.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

export interface ProjectRow extends ProjectInfo {
  /** The caller's role; `undefined` while it loads, `null` when it could not be read. */
  role: ProjectRole | null | undefined;
}

const noProjects: ProjectInfo[] = [];

/** The project list. The API returns every project at once, so this page filters, sorts and pages locally. */
export function useProjectsPage() {
  const api = useApi();
  const search = useTableSearchParams({ sort: "name" });
  const list = useQuery({ ...projectQueries.list(api), placeholderData: keepPreviousData });
  const projects = list.data ?? noProjects;
  const { pageIndex, pageSize } = search.pagination;
  const sort = search.sorting[0];
  const filter = search.filter.toLowerCase();

  const matching = useMemo(() => {
    const found = filter ? projects.filter((p) => `${p.name} ${p.id}`.toLowerCase().includes(filter)) : [...projects];
    const key =
      sort?.id === "createdAt" ? (p: ProjectInfo) => p.createdAt ?? "" : (p: ProjectInfo) => p.name.toLowerCase();
    found.sort((a, b) => key(a).localeCompare(key(b)) * (sort?.desc ? -1 : 1));
    return found;
  }, [projects, filter, sort]);
  const page = useMemo(
    () => matching.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize),
    [matching, pageIndex, pageSize],
  );

  // `combine` runs again only when the page or a role query's result change, so `rows` keeps its identity.
  const withRoles = useCallback(
    (roles: UseQueryResult<ProjectRoleInfo>[]): ProjectRow[] =>
      page.map((project, i) => ({ ...project, role: roles[i]?.data?.role ?? (roles[i]?.isError ? null : undefined) })),
    [page],
  );
  const rows = useQueries({
    queries: page.map((project) => ({ ...projectQueries.role(api, project.id), retry: false })),
    combine: withRoles,
  });

  return { search, rows, total: list.data ? matching.length : undefined, query: list };
}
