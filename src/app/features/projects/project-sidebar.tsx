import { NavLink } from "react-router";
import type { ProjectRole } from "#api/schemas/project.ts";
import { LockIcon } from "#app/components/ui/icons.tsx";
import { accessLabel, deniedReason, projectPages } from "#app/lib/project-pages.ts";

const itemClass = "flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm";

/** The project's sections; those the caller's role may not use are shown disabled, with the reason. */
export function ProjectSidebar({ projectId, role }: { projectId: string; role: ProjectRole | undefined }) {
  return (
    <nav aria-label="Project" className="shrink-0 md:w-56 print:hidden">
      <ul className="flex gap-1 overflow-x-auto md:sticky md:top-20 md:grid">
        {projectPages.map((page) => {
          const reason = role ? deniedReason(page.access, role) : null;
          if (reason) {
            return (
              <li key={page.path}>
                <span aria-disabled="true" className={`${itemClass} cursor-not-allowed text-muted`} title={reason}>
                  <span className="grid">
                    {page.label}
                    <span className="text-xs">{accessLabel[page.access]}</span>
                  </span>
                  <LockIcon />
                </span>
              </li>
            );
          }
          return (
            <li key={page.path}>
              <NavLink
                to={`/project/${encodeURIComponent(projectId)}/${page.path}`}
                className={({ isActive }) =>
                  `${itemClass} ${isActive ? "bg-accent-soft font-medium text-accent" : "text-fg hover:bg-subtle"}`
                }
              >
                {page.label}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
