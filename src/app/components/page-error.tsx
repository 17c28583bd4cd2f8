import { useLocation, useNavigate, useRouteError } from "react-router";
import { describeError } from "#app/lib/describe-error.ts";
import { Button } from "./ui/button.tsx";

/** A page that failed to render, shown in its place: the header and the sidebar around it stay. */
export function PageError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <main id="main" className="p-4 md:p-8">
      <title>Error · Meshagent Admin</title>
      <div
        role="alert"
        className="grid max-w-xl justify-items-start gap-3 rounded-xl border border-line bg-surface p-6"
      >
        <h1 className="text-xl font-semibold">This page could not be shown</h1>
        <p className="text-muted">{describeError(error)}</p>
        {/* Navigating to the same place clears the router's error and renders the page again. */}
        <Button variant="primary" onClick={() => navigate(location, { replace: true })}>
          Try again
        </Button>
      </div>
    </main>
  );
}
