import { Navigate, useLocation } from "react-router";
import { ThemeToggle } from "#app/components/layout/theme-toggle.tsx";
import { useSessionState } from "#app/lib/use-session.ts";
import { CliLoginButton } from "./cli-login-button.tsx";
import { ConnectForm } from "./connect-form.tsx";
import { returnPath } from "./return-path.ts";
import { useServerInfo } from "./use-server-info.ts";

export function ConnectPage() {
  const { session, ended } = useSessionState();
  const serverInfo = useServerInfo();
  const location = useLocation();
  if (session) return <Navigate to={returnPath(location.state)} replace />;

  // Anchored at the top, not centred: the CLI login that appears below the form once the server's
  // info arrives must not move the form under the user's pointer.
  return (
    <main id="main" className="relative grid min-h-full content-start justify-items-center px-4 pt-[12vh] pb-12">
      <title>Connect · Meshagent Admin</title>
      <div className="absolute top-3 right-3">
        <ThemeToggle />
      </div>
      <div className="grid w-full max-w-md gap-6">
        <div className="grid justify-items-center gap-3 text-center">
          <img src="/favicon.svg" alt="" className="size-10" />
          <h1 className="text-2xl font-semibold tracking-tight">Connect to Meshagent</h1>
          <p className="text-muted">Manage rooms, members and room grants of your Meshagent projects.</p>
        </div>
        {ended === "expired" && (
          <p role="status" className="rounded-md border border-line bg-warn-soft px-3 py-2 text-sm text-warn-fg">
            Your session has ended: the API no longer accepts the token. Connect again to continue where you were.
          </p>
        )}
        <div className="grid gap-5 rounded-xl border border-line bg-surface p-6 shadow-sm">
          <ConnectForm serverInfo={serverInfo.data} />
          {serverInfo.data?.cliSession && (
            <>
              <div className="flex items-center gap-3 text-xs text-muted" aria-hidden="true">
                <span className="h-px flex-1 bg-line" />
                or
                <span className="h-px flex-1 bg-line" />
              </div>
              <CliLoginButton />
            </>
          )}
        </div>
      </div>
    </main>
  );
}
