import { Navigate, Outlet, useLocation } from "react-router";
import { useSessionState } from "#app/lib/use-session.ts";

export interface ReturnState {
  from?: string;
}

/** Sends visitors without a session to Connect, remembering where they were (in router state, not the URL). */
export function RequireSession() {
  const { session, ended } = useSessionState();
  const location = useLocation();
  if (!session) {
    const state: ReturnState | undefined =
      ended === "signed-out" ? undefined : { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/connect" replace state={state} />;
  }
  return <Outlet />;
}
