import { type Location, useLocation } from "react-router";
import { roomPath } from "#app/lib/project-paths.ts";

/** Where the editor returns after save, revoke or cancel: the page that opened it, else the room's page. */
export function useBackTarget(projectId: string, roomName: string | undefined): string {
  const from = (useLocation().state as { from?: Location } | null)?.from;
  if (from?.pathname) return `${from.pathname}${from.search ?? ""}`;
  if (roomName) return roomPath(projectId, roomName);
  return `/project/${encodeURIComponent(projectId)}/rooms`;
}
