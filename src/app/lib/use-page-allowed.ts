import { useQuery } from "@tanstack/react-query";
import { deniedReason, type PageAccess } from "./project-pages.ts";
import { projectQueries } from "./project-queries.ts";
import { useApi } from "./use-session.ts";

/**
 * Whether the caller's role lets them use a page, once the role is known. A page gates its own
 * queries on it: the layout renders the page before the role arrives, and a request then would only meet a 403.
 */
export function usePageAllowed(projectId: string, access: PageAccess): boolean {
  const role = useQuery(projectQueries.role(useApi(), projectId));
  return role.data !== undefined && deniedReason(access, role.data.role) === null;
}
