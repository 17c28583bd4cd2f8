import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useNavigate } from "react-router";
import { Meshagent } from "#api/client.ts";
import { type SessionState, sessionStore } from "./session.ts";

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/** The typed client for the connected API. Only used below `RequireSession`, which guarantees a session. */
export function useApi(): Meshagent {
  const { session } = useSessionState();
  if (!session) throw new Error("useApi() needs a session: render it inside RequireSession");
  return useMemo(() => new Meshagent({ baseUrl: session.baseUrl, token: session.token }), [session]);
}

/** Forgets the token and every cached answer, then shows Connect. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    sessionStore.end("signed-out");
    queryClient.clear();
    navigate("/connect", { replace: true });
  }, [queryClient, navigate]);
}
