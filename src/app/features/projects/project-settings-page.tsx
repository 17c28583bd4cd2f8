import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { describeError } from "#app/lib/describe-error.ts";
import { projectQueries } from "#app/lib/project-queries.ts";
import { useApi } from "#app/lib/use-session.ts";
import { ProjectDetailsCard } from "./project-details-card.tsx";
import { SettingsEditor } from "./settings-editor.tsx";

export function ProjectSettingsPage() {
  const api = useApi();
  const projectId = useParams().projectId ?? "";
  const info = useQuery(projectQueries.info(api, projectId));
  const role = useQuery(projectQueries.role(api, projectId));

  if (info.isPending || role.isPending)
    return (
      <div role="status" className="skeleton h-64 w-full">
        <span className="sr-only">Loading settings…</span>
      </div>
    );
  if (info.isError) return <p role="alert">{describeError(info.error)}</p>;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-5">
      <ProjectDetailsCard project={info.data} />
      <SettingsEditor
        key={JSON.stringify(info.data.settings ?? {})}
        projectId={projectId}
        initial={info.data.settings ?? {}}
        readOnlyReason={role.data?.isAdmin ? null : "Only project admins can change settings."}
      />
    </div>
  );
}
