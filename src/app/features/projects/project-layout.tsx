import { Link, Outlet } from "react-router";
import { NotFoundError } from "#api/errors.ts";
import { Breadcrumbs } from "#app/components/breadcrumbs.tsx";
import { Button, buttonClass } from "#app/components/ui/button.tsx";
import { describeError } from "#app/lib/describe-error.ts";
import { deniedReason } from "#app/lib/project-pages.ts";
import { ExplainedRoleBadge } from "./explained-role-badge.tsx";
import { ProjectSidebar } from "./project-sidebar.tsx";
import { useProject } from "./use-project.ts";

export function ProjectLayout() {
  const { projectId, info, role, page, detail } = useProject();
  const name = info.data?.name ?? "Project";
  const denied = page && role.data ? deniedReason(page.access, role.data.role) : null;

  if (info.isError) {
    const missing = info.error instanceof NotFoundError;
    return (
      <main id="main" className="grid flex-1 place-items-center p-8">
        <title>{`${missing ? "Project not found" : "Error"} · Meshagent Admin`}</title>
        <div role="alert" className="grid max-w-md justify-items-center gap-3 text-center">
          <h1 className="text-xl font-semibold">{missing ? "Project not found" : "Could not open this project"}</h1>
          <p className="text-muted">
            {missing ? "It does not exist, or your token is not a member of it." : describeError(info.error)}
          </p>
          <div className="flex flex-wrap justify-center gap-2">
            <Link to="/" className={buttonClass(missing ? "primary" : "secondary")}>
              Back to projects
            </Link>
            {!missing && (
              <Button variant="primary" onClick={() => void info.refetch()}>
                Retry
              </Button>
            )}
          </div>
        </div>
      </main>
    );
  }

  return (
    <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 sm:px-6 md:flex-row">
      {!detail && <title>{`${page?.label ?? "Project"} · ${name} · Meshagent Admin`}</title>}
      <ProjectSidebar projectId={projectId} role={role.data?.role} />
      <main id="main" className="grid min-w-0 flex-1 grid-cols-1 content-start gap-5">
        {!detail && (
          <>
            <Breadcrumbs
              items={[{ label: "Projects", to: "/" }, { label: name, to: "rooms" }, { label: page?.label ?? "" }]}
            />
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-semibold tracking-tight">{page?.label}</h1>
              <ExplainedRoleBadge role={role.isError ? null : role.data?.role} />
            </div>
          </>
        )}
        {denied ? (
          <div role="note" className="rounded-xl border border-line bg-surface p-6">
            <p className="font-medium">This page is not available to you</p>
            <p className="text-muted">{denied}</p>
          </div>
        ) : (
          <Outlet />
        )}
      </main>
    </div>
  );
}
