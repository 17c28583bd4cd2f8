import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { AccessLoadProgress } from "#app/components/access-load-progress.tsx";
import { useProjectAccessIndex } from "#app/lib/access-index/use-project-access-index.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { auditViews, journalView } from "./audit-views.tsx";

const views = [...auditViews, journalView];

/** The audit: who can do what, in which room, and why; and what changed. The view is in the URL (`?view=`). */
export function AuditPage() {
  const projectId = useParams().projectId ?? "";
  const [params] = useSearchParams();
  const view = views.find((v) => v.key === params.get("view")) ?? views[0];
  const role = useQuery(projectQueries.role(useApi(), projectId));
  const isAdmin = role.data?.isAdmin === true;
  const access = useProjectAccessIndex(projectId, { enabled: isAdmin && view?.key !== "journal" });

  if (role.isPending) return <p role="status">Loading…</p>;
  if (!isAdmin) return <p>Only the project's admins can audit its access.</p>;

  return (
    <div className="grid gap-6">
      <nav aria-label="Audit views" className="flex flex-wrap gap-1 border-b border-line print:hidden">
        {views.map((v) => (
          <Link
            key={v.key}
            to={`?view=${v.key}`}
            aria-current={v.key === view?.key ? "page" : undefined}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium aria-[current=page]:border-accent"
          >
            {v.label}
          </Link>
        ))}
      </nav>
      {view === undefined || view.key === journalView.key ? (
        journalView.render({ projectId, reload: () => void access.reload() })
      ) : access.error || access.isLoading || access.index === null ? (
        // The views answer over every grant: they wait for the whole index (cancellable).
        <AccessLoadProgress access={access} />
      ) : (
        view.render({ projectId, index: access.index, reload: () => void access.reload() })
      )}
    </div>
  );
}
