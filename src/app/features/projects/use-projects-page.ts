import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { ProjectInfo, ProjectRole } from "#api/schemas/project.ts";
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

  const roles = useQueries({
    queries: page.map((project) => ({ ...projectQueries.role(api, project.id), retry: false })),
  });
  const roleKey = roles.map((r) => r.data?.role ?? (r.isError ? "!" : "?")).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: roleKey stands for `roles`, which is a new array every render
  const rows = useMemo<ProjectRow[]>(
    () =>
      page.map((project, i) => ({ ...project, role: roles[i]?.data?.role ?? (roles[i]?.isError ? null : undefined) })),
    [page, roleKey],
  );

  return { search, rows, total: list.data ? matching.length : undefined, query: list };
}
