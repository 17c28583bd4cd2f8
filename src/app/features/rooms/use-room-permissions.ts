import { useQuery } from "@tanstack/react-query";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

/** Whether the caller may create rooms here, and if not, why. */
export function useRoomPermissions(projectId: string) {
  const api = useApi();
  const role = useQuery(projectQueries.role(api, projectId));
  const canCreate = role.data?.canCreateRooms ?? false;
  const createDenied = role.data && !canCreate ? "Your role may not create rooms in this project." : null;
  return { canCreate, createDenied };
}
