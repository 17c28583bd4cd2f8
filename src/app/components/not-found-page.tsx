import { Link } from "react-router";
import { buttonClass } from "./ui/button.tsx";

export function NotFoundPage() {
  return (
    <main id="main" className="grid min-h-full place-items-center p-8">
      <title>Not found · Meshagent Admin</title>
      <div className="grid max-w-md justify-items-center gap-3 text-center">
        <h1 className="text-xl font-semibold">Page not found</h1>
        <p className="text-muted">There is no page at this address.</p>
        <Link to="/" className={buttonClass("primary")}>
          Go to projects
        </Link>
      </div>
    </main>
  );
}
