import { useQuery } from "@tanstack/react-query";
import type { ProjectInfo } from "#api/schemas/project.ts";
import { CopyButton } from "#app/components/ui/copy-button.tsx";
import { UntrustedText } from "#app/components/ui/untrusted-text.tsx";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function CopyableCode({ value, label }: { value: string; label: string }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <code className="min-w-0 text-xs break-all">{value}</code>
      <CopyButton text={value} label={label} />
    </div>
  );
}

/** The project's name, id, key and status, read-only: the API has no rename or delete. */
export function ProjectDetailsCard({ project }: { project: ProjectInfo }) {
  const api = useApi();
  const status = useQuery(projectQueries.status(api, project.id));
  const statusText = status.isPending
    ? "Loading…"
    : status.isError
      ? "Unknown (the server did not say)"
      : status.data.enabled
        ? "Enabled"
        : "Disabled";
  return (
    <section
      aria-labelledby="project-details"
      className="grid min-w-0 gap-4 rounded-xl border border-line bg-surface p-5 shadow-xs"
    >
      <h2 id="project-details" className="text-base font-semibold">
        Project
      </h2>
      <dl className="grid min-w-0 grid-cols-1 gap-x-4 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-muted">Name</dt>
        <dd className="min-w-0">
          <UntrustedText mode="block">{project.name}</UntrustedText>
        </dd>
        <dt className="text-muted">ID</dt>
        <dd className="min-w-0">
          <CopyableCode value={project.id} label="Copy project ID" />
        </dd>
        <dt className="text-muted">Key</dt>
        <dd className="min-w-0">
          {project.projectKey ? (
            <CopyableCode value={project.projectKey} label="Copy project key" />
          ) : (
            <span className="text-muted">The server did not send one</span>
          )}
        </dd>
        <dt className="text-muted">Status</dt>
        <dd data-testid="project-status">{statusText}</dd>
        {project.createdAt && (
          <>
            <dt className="text-muted">Created</dt>
            <dd>{dateFormat.format(new Date(project.createdAt))}</dd>
          </>
        )}
      </dl>
      <p className="text-xs text-muted">
        The Meshagent API has no way to rename or delete a project, so this console offers neither.
      </p>
    </section>
  );
}
