import type { ComponentProps } from "react";
import type { ProjectRole } from "#api/schemas/project.ts";

const styles: Record<ProjectRole, string> = {
  admin: "bg-accent-soft text-accent",
  developer: "bg-subtle text-fg",
  member: "bg-subtle text-muted",
  none: "bg-subtle text-muted",
};

interface RoleBadgeProps extends Omit<ComponentProps<"span">, "role"> {
  role: ProjectRole | null | undefined;
  /** Makes the badge focusable, for a tooltip around it (explained-role-badge.tsx). */
  focusable?: boolean;
}

/**
 * The caller's role in a project, labelled "Your role" for screen readers. No tooltip here: the
 * projects list shows many badges and should not load the tooltip's code for none.
 */
export function RoleBadge({ role, focusable = false, ...triggerProps }: RoleBadgeProps) {
  if (role === undefined) {
    return (
      <span className="skeleton inline-block h-5 w-16">
        <span className="sr-only">Loading your role…</span>
      </span>
    );
  }
  if (role === null) return <span className="text-xs text-muted">Your role: unknown</span>;
  return (
    <span
      {...triggerProps}
      className={`inline-flex h-5 items-center rounded-full px-2 text-xs font-medium capitalize ${styles[role]}`}
      tabIndex={focusable ? 0 : undefined}
      data-testid="role-badge"
    >
      <span className="sr-only">Your role: </span>
      {role}
    </span>
  );
}
