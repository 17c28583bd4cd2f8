import type { ProjectRole } from "#api/schemas/project.ts";
import { Tooltip } from "#app/components/ui/tooltip.tsx";

const styles: Record<ProjectRole, string> = {
  admin: "bg-accent-soft text-accent",
  developer: "bg-subtle text-fg",
  member: "bg-subtle text-muted",
  none: "bg-subtle text-muted",
};

const meanings: Record<ProjectRole, string> = {
  admin: "manages rooms, members, grants, keys and settings",
  developer: "creates rooms and uses project storage",
  member: "sees the project and connects to rooms where you hold a grant",
  none: "you are not a member of this project",
};

interface RoleBadgeProps {
  role: ProjectRole | null | undefined;
  /** Beside a page title: the badge takes focus and explains the role on hover and focus. */
  explained?: boolean;
}

/** The caller's role in a project, labelled "Your role" for screen readers. */
export function RoleBadge({ role, explained = false }: RoleBadgeProps) {
  if (role === undefined) {
    return (
      <span className="skeleton inline-block h-5 w-16">
        <span className="sr-only">Loading your role…</span>
      </span>
    );
  }
  if (role === null) return <span className="text-xs text-muted">Your role: unknown</span>;
  const badge = (
    <span
      className={`inline-flex h-5 items-center rounded-full px-2 text-xs font-medium capitalize ${styles[role]}`}
      tabIndex={explained ? 0 : undefined}
      data-testid="role-badge"
    >
      <span className="sr-only">Your role: </span>
      {role}
    </span>
  );
  return explained ? (
    <Tooltip content={`Your role in this project: ${role}, ${meanings[role]}`}>{badge}</Tooltip>
  ) : (
    badge
  );
}
