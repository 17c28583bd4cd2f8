import { Link, useRouteError } from "react-router";
import { describeError } from "#app/lib/describe-error.ts";
import { buttonClass } from "./ui/button.tsx";

/** Shown when a route fails to render or its code fails to load (e.g. after a deploy). */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="grid min-h-full place-items-center p-8">
      <title>Error · Meshagent Admin</title>
      <div role="alert" className="grid max-w-md justify-items-center gap-3 text-center">
        <h1 className="text-xl font-semibold">Something went wrong</h1>
        <p className="text-muted">{describeError(error)}</p>
        <div className="flex gap-2">
          <Link to="/" className={buttonClass("primary")}>
            Go to projects
          </Link>
          <button type="button" className={buttonClass("secondary")} onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </div>
    </main>
  );
}
