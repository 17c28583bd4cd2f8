import { useMutation } from "@tanstack/react-query";
import { useApi } from "#app/lib/use-session.ts";
import { decodeParticipantToken } from "./participant-token.ts";

/** Asks the server for the caller's participant token in the room, and decodes it. */
export function useConnectAsMe(projectId: string, roomName: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async () => {
      const info = await api.connectRoom(projectId, roomName);
      return { info, token: decodeParticipantToken(info.jwt) };
    },
  });
}
