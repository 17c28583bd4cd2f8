import { useQuery } from "@tanstack/react-query";
import { useMatches, useParams } from "react-router";
import { type PageAccess, projectPages } from "#app/lib/project-pages.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

interface PageHandle {
  label?: string;
  access?: PageAccess;
  /** A page of one thing (a room, a member): it shows its own heading, trail and title. */
  detail?: boolean;
}

/** The project in the URL, the caller's role in it, and the page of it being shown. */
export function useProject() {
  const api = useApi();
  const projectId = useParams().projectId ?? "";
  const info = useQuery(projectQueries.info(api, projectId));
  const role = useQuery(projectQueries.role(api, projectId));
  const handle = useMatches()
    .map((match) => match.handle as PageHandle | undefined)
    .findLast((h) => h?.label);
  const page = projectPages.find((p) => p.label === handle?.label);
  return { projectId, info, role, page, detail: handle?.detail ?? false };
}
