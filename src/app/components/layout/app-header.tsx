import { Link } from "react-router";
import { useSessionState, useSignOut } from "#app/lib/use-session.ts";
import { Button } from "../ui/button.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";

export function AppHeader() {
  const { session } = useSessionState();
  const signOut = useSignOut();
  return (
    <header className="sticky top-0 z-30 flex h-14 print:hidden items-center gap-4 border-b border-line bg-surface/90 px-4 backdrop-blur sm:px-6">
      <Link to="/" className="flex items-center gap-2 rounded-md font-semibold">
        <img src="/favicon.svg" alt="" className="size-6" />
        <span>Meshagent Admin</span>
      </Link>
      <div className="ml-auto flex items-center gap-2">
        {session && (
          <span
            className="hidden max-w-72 truncate rounded-full bg-subtle px-2.5 py-1 text-xs text-muted sm:inline"
            title={session.baseUrl}
          >
            Connected to {new URL(session.baseUrl).host}
          </span>
        )}
        <ThemeToggle />
        {session && (
          <Button size="sm" onClick={signOut}>
            Sign out
          </Button>
        )}
      </div>
    </header>
  );
}
