import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { grantQueries } from "#app/lib/grant-queries.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { roomQueries } from "#app/lib/room-queries.ts";
import { sessionQueries } from "#app/lib/session-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

/** The room in the URL, what the caller may do with it, and how many grants it holds. */
export function useRoomPage() {
  const api = useApi();
  const params = useParams();
  const projectId = params.projectId ?? "";
  const roomName = params.roomName ?? "";
  const room = useQuery(roomQueries.detail(api, projectId, roomName));
  const role = useQuery(projectQueries.role(api, projectId));
  const isAdmin = role.data?.isAdmin ?? false;
  const roomId = room.data?.id ?? "";
  const grantCount = useQuery({ ...grantQueries.roomCount(api, projectId, roomId), enabled: isAdmin && roomId !== "" });
  const me = useQuery(sessionQueries.me(api));
  return { projectId, roomName, room, isAdmin, grantCount: grantCount.data, me: me.data };
}
