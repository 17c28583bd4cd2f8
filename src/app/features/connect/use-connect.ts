import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigate } from "react-router";
import { Meshagent } from "#api/client.ts";
import { projectKeys } from "#app/lib/project-queries.ts";
import { type Session, sessionStore } from "#app/lib/session.ts";
import { returnPath } from "./return-path.ts";

/** Checks a token by listing projects; on success starts the session and goes back where the user was. */
export function useConnect() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  return useMutation({
    meta: { isConnectAttempt: true },
    mutationFn: async (session: Session) => {
      const api = new Meshagent({ baseUrl: session.baseUrl, token: session.token });
      return { session, projects: await api.listProjects() };
    },
    onSuccess: ({ session, projects }) => {
      queryClient.clear();
      sessionStore.start(session);
      queryClient.setQueryData(projectKeys.list(), projects);
      navigate(returnPath(location.state), { replace: true });
    },
  });
}
